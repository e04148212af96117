package org.clientela.satisfaction.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.clientela.platform.CleanText;
import org.clientela.platform.DecimalText;
import org.clientela.satisfaction.internal.gestures.Gesture;
import org.clientela.satisfaction.internal.gestures.GestureKind;
import org.clientela.satisfaction.internal.gestures.GestureLedger.NewGesture;
import org.clientela.satisfaction.internal.gestures.GestureType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a gesture: the type says the kind (a sample is a surprise, an apology with a remedy
 * an apology), so the person chooses once.
 */
public class GestureForm {

    private Long customerId;
    private GestureType type = GestureType.SMALL_EXTRA;

    @CleanText(max = Gesture.DESCRIPTION_MAX, lines = true)
    private String description;

    @CleanText(max = Gesture.REASON_MAX, lines = true)
    private String reason;

    /** As typed: {@code 12,50} or {@code 12.50}. */
    private String cost;

    private Long caseId;
    private Long orderId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;

    /** {@code customer}: go back to the customer's page once saved. */
    private String back;

    NewGesture gesture() {
        GestureKind kind = type == null ? null : type.kind();
        return new NewGesture(customerId, kind, type, description, reason, amount(), caseId, orderId, null, givenOn);
    }

    /** The cost typed, or null when blank; not a number is for {@link GesturePages} to say. */
    BigDecimal amount() {
        return cost == null || cost.isBlank() ? null : DecimalText.parse(cost.strip());
    }

    boolean costUnreadable() {
        return cost != null && !cost.isBlank() && amount() == null;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public GestureType getType() {
        return type;
    }

    public void setType(GestureType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
