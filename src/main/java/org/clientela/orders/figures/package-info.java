/**
 * Figures over the whole order book, aggregated by the database: revenue and how it is spread,
 * returning and repeat buyers, quarterly cohorts and the new buyers behind them, which categories
 * are bought together, and how long deliveries took. Read through {@link PurchaseFigures}.
 */
@org.springframework.modulith.NamedInterface("figures")
package org.clientela.orders.figures;
