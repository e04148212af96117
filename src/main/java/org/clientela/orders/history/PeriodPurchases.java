package org.clientela.orders.history;

import java.math.BigDecimal;

/** What one customer bought in a period: how many orders, and their total. */
public record PeriodPurchases(long orders, BigDecimal revenue) {}
