package org.clientela.service;

/** What was promised to a customer (S4). */
public enum PromiseKind {
    CALL_BACK, DELIVERY, UPDATE, REFUND, VISIT, OTHER
}
