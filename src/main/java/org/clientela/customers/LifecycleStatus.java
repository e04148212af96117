package org.clientela.customers;

/** Where a customer stands with the business. */
public enum LifecycleStatus {
    /** Not bought yet: someone to win. */
    PROSPECT,
    /** Buys from us. */
    CUSTOMER,
    /** Shows signs of leaving: someone should call. */
    AT_RISK,
    /** Has left, with a recorded reason. */
    LOST,
    /** Came back after being lost. */
    WON_BACK
}
