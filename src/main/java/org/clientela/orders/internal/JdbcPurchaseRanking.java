package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.clientela.orders.PurchaseRanking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quintiles by rank rather than {@code NTILE(5)}: NTILE splits a group of ties at an arbitrary
 * row, so two customers with the very same single order could land in different segments. Here a
 * customer's score is the quintile of the first row of their group of ties
 * ({@code 1 + 5 * (RANK - 1) / count}), so equals always score alike, and the best fifth scores 5.
 * Frequency ranks the distinct order days: grouped along {@code sales_order_customer_idx}
 * (customer, order date), the rows of a customer arrive sorted by day, so counting the distinct
 * days costs little more than counting the orders (measured: docs/benchmarks.md).
 */
@Component
class JdbcPurchaseRanking implements PurchaseRanking {

    private final JdbcClient jdbc;

    JdbcPurchaseRanking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void rankAll(LocalDate asOf, Consumer<RankedCustomer> each) {
        try (var rows = jdbc.sql("""
                        WITH per_customer AS (
                            SELECT customer_id, MAX(order_date) AS last_date, COUNT(*) AS orders,
                                   COUNT(DISTINCT order_date) AS purchase_days, SUM(total_amount) AS revenue
                              FROM sales_order WHERE order_date <= :asOf
                             GROUP BY customer_id)
                        SELECT customer_id, last_date, orders, purchase_days, revenue,
                               1 + 5 * (RANK() OVER (ORDER BY last_date) - 1) / COUNT(*) OVER () AS r,
                               1 + 5 * (RANK() OVER (ORDER BY purchase_days) - 1) / COUNT(*) OVER () AS f,
                               1 + 5 * (RANK() OVER (ORDER BY revenue) - 1) / COUNT(*) OVER () AS m
                          FROM per_customer""")
                .param("asOf", asOf)
                .query((rs, n) -> new RankedCustomer(rs.getLong("customer_id"),
                        rs.getObject("last_date", LocalDate.class), rs.getLong("orders"), rs.getLong("purchase_days"),
                        rs.getBigDecimal("revenue"),
                        rs.getInt("r"), rs.getInt("f"), rs.getInt("m")))
                .stream()) {
            rows.forEach(each);
        }
    }
}
