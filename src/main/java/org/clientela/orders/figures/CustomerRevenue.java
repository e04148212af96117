package org.clientela.orders.figures;

import java.math.BigDecimal;

/** One customer's revenue and orders in a period. */
public record CustomerRevenue(long customerId, BigDecimal revenue, long orders) {}
