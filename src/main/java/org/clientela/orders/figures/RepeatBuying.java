package org.clientela.orders.figures;

/**
 * @param newCustomers customers whose first order was in the period
 * @param repeaters    of those, the ones with an order on a later day
 */
public record RepeatBuying(long newCustomers, long repeaters) {}
