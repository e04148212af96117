package org.clientela.orders.figures;

import java.math.BigDecimal;

/**
 * What a set of customers bought in the twelve months after a day of their own (the day each
 * became a customer).
 *
 * @param customers customers asked about
 * @param buyers    of those, the ones with an order in their twelve months
 * @param repeaters of those, the ones with orders on two different days or more (they came back)
 * @param revenue   what the buyers spent in their twelve months, in the currency asked for
 */
public record FirstYearBuying(long customers, long buyers, long repeaters, BigDecimal revenue) {}
