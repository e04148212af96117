package org.clientela.orders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.clientela.orders.BuyingHistories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BuyingHistories} in SQL, grouped along {@code sales_order_customer_idx} (customer, order
 * date). Streaming needs the read-only transaction: PostgreSQL only fetches in batches
 * ({@code spring.jdbc.template.fetch-size}) inside one.
 */
@Component
@Transactional(readOnly = true)
class JdbcBuyingHistories implements BuyingHistories {

    private static final int CHUNK = 1000;

    private static final String HISTORY = """
            SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date,
                   COUNT(DISTINCT order_date) AS days,
                   COALESCE(SUM(CASE WHEN currency = :currency THEN total_amount END), 0) AS spend
              FROM sales_order""";

    private final JdbcClient jdbc;

    JdbcBuyingHistories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEach(LocalDate asOf, String currency, Consumer<History> each) {
        jdbc.sql(HISTORY + " WHERE order_date <= :asOf GROUP BY customer_id ORDER BY customer_id")
                .param("asOf", asOf)
                .param("currency", currency)
                .query(rs -> {
                    each.accept(history(rs));
                });
    }

    @Override
    public Optional<History> of(long customerId, LocalDate asOf, String currency) {
        return jdbc.sql(HISTORY + " WHERE customer_id = :customer AND order_date <= :asOf GROUP BY customer_id")
                .param("customer", customerId)
                .param("asOf", asOf)
                .param("currency", currency)
                .query((rs, n) -> history(rs))
                .optional();
    }

    @Override
    public Map<Long, LocalDate> lastPurchases(Collection<Long> customerIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("SELECT customer_id, MAX(order_date) FROM sales_order WHERE customer_id IN (:ids) GROUP BY customer_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    });
        }
        return last;
    }

    private static History history(ResultSet rs) throws SQLException {
        return new History(rs.getLong("customer_id"), rs.getObject("first_date", LocalDate.class),
                rs.getObject("last_date", LocalDate.class), rs.getInt("days"), rs.getBigDecimal("spend"));
    }
}
