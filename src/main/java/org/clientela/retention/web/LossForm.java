package org.clientela.retention.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The "marcar como perdido" form on the customer page. Checked by the register, not here. */
public class LossForm {

    private String reason;
    private String note;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lostOn;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getLostOn() {
        return lostOn;
    }

    public void setLostOn(LocalDate lostOn) {
        this.lostOn = lostOn;
    }
}
