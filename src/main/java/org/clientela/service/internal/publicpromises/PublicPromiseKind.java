package org.clientela.service.internal.publicpromises;

/**
 * What a public promise is about, and so what it is measured against: delivery lead times of
 * the orders, the opening hours against when contacts arrive, call-back promises of the ledger
 * against when the call was made, and the first answer of each case.
 */
public enum PublicPromiseKind {
    DELIVERY_TIME,
    OPENING_HOURS,
    CALL_BACK_TIME,
    FIRST_RESPONSE;

    /** Whether its target is an amount of time (all but the opening hours). */
    public boolean timed() {
        return this != OPENING_HOURS;
    }
}
