package org.clientela.service.web;

import java.math.BigDecimal;

/** A concession: something given to the customer to put things right. */
class ConcessionForm {
    private String kind = "VOUCHER";
    private BigDecimal amount;
    private String note;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
