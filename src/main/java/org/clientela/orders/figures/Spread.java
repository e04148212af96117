package org.clientela.orders.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a period's revenue is spread over the customers who bought.
 *
 * @param customers    how many customers bought in the period
 * @param total        their revenue, all together
 * @param sumOfSquares Σ revenue² over those customers (so Σ share² = sumOfSquares / total²)
 * @param biggest      the biggest customers, largest first (ties by id)
 */
public record Spread(long customers, BigDecimal total, BigDecimal sumOfSquares, List<CustomerRevenue> biggest) {}
