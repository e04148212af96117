package org.clientela.orders.figures;

/**
 * @param buyers    customers with an order in the period
 * @param returning of those, the ones with an order before the period
 */
public record ReturningBuyers(long buyers, long returning) {

    /** Those whose first order ever was in the period. */
    public long firstTime() {
        return buyers - returning;
    }
}
