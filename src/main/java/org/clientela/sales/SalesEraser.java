package org.clientela.sales;

/**
 * Removes every prospect, campaign and activity, and the business's own sectors, for starting afresh
 * (the demo wipe); the CNAE sectors, the size bands and the targeting matrix stay, as a new
 * installation has them.
 */
public interface SalesEraser {

    /** Erases all sales records in the caller's transaction. */
    void eraseAll();
}
