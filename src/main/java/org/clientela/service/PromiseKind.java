package org.clientela.service;

/** What was promised to a customer. */
public enum PromiseKind {
    CALL_BACK,
    DELIVERY,
    UPDATE,
    REFUND,
    VISIT,
    OTHER
}
