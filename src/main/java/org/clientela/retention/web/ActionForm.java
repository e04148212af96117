package org.clientela.retention.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Applying an idea: to a segment (with a share kept aside to compare) or to pasted customer
 * numbers, one of the two.
 */
class ActionForm {

    @NotNull
    private Long ideaId;

    private String segment;

    @Size(max = 200_000)
    private String customerNumbers;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    @Min(7)
    @Max(365)
    private Integer windowDays;

    @NotNull
    @Min(10)
    @Max(50)
    private Integer holdoutPercent = 20;

    public Long getIdeaId() {
        return ideaId;
    }

    public void setIdeaId(Long ideaId) {
        this.ideaId = ideaId;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public String getCustomerNumbers() {
        return customerNumbers;
    }

    public void setCustomerNumbers(String customerNumbers) {
        this.customerNumbers = customerNumbers;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(Integer windowDays) {
        this.windowDays = windowDays;
    }

    public Integer getHoldoutPercent() {
        return holdoutPercent;
    }

    public void setHoldoutPercent(Integer holdoutPercent) {
        this.holdoutPercent = holdoutPercent;
    }
}
