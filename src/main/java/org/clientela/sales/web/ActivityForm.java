package org.clientela.sales.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quick log form of the prospect page. Moments as the browser's date-and-time field sends them,
 * in the business's time zone; the kind and reason as chosen, checked by the activity log.
 */
public class ActivityForm {

    static final String LOCAL_MINUTES = "yyyy-MM-dd'T'HH:mm";

    private String kind = "CALL";

    @DateTimeFormat(pattern = LOCAL_MINUTES)
    private LocalDateTime at;

    private Integer minutes;
    private BigDecimal amount;
    private String reason;

    @DateTimeFormat(pattern = LOCAL_MINUTES)
    private LocalDateTime appointmentAt;

    private String note;

    /** The call-back this step schedules, if any. */
    @DateTimeFormat(pattern = LOCAL_MINUTES)
    private LocalDateTime nextStepAt;

    private String nextStepNote;

    public LocalDateTime getNextStepAt() {
        return nextStepAt;
    }

    public void setNextStepAt(LocalDateTime nextStepAt) {
        this.nextStepAt = nextStepAt;
    }

    public String getNextStepNote() {
        return nextStepNote;
    }

    public void setNextStepNote(String nextStepNote) {
        this.nextStepNote = nextStepNote;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDateTime getAppointmentAt() {
        return appointmentAt;
    }

    public void setAppointmentAt(LocalDateTime appointmentAt) {
        this.appointmentAt = appointmentAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
