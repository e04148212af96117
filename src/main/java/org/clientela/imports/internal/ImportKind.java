package org.clientela.imports.internal;

/** What a file holds. */
public enum ImportKind {
    CUSTOMERS,
    ORDERS,
    PROSPECTS
}
