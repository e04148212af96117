package org.clientela.orders.internal;

import java.util.List;
import org.clientela.customers.CustomerTimeline;
import org.clientela.platform.BusinessSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's purchases on the customer page's timeline. One
 * statement, so no transaction of its own: a read-only one cost the customer page a {@code COMMIT}
 * round trip (load benchmark, docs/benchmarks.md). It joins the caller's, if any.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class PurchaseTimeline implements CustomerTimeline {

    private final JdbcClient jdbc;
    private final BusinessSettings settings;

    PurchaseTimeline(JdbcClient jdbc, BusinessSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Entry> latest(long customerId, int limit) {
        return jdbc.sql("""
                SELECT id, order_number, order_date, line_count, total_amount, currency FROM sales_order
                 WHERE customer_id = :customer ORDER BY order_date DESC, id DESC LIMIT :limit""")
                .param("customer", customerId)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getDate("order_date")
                                .toLocalDate()
                                .atStartOfDay(settings.timeZone())
                                .toInstant(),
                        "orders.timeline.order",
                        List.of(rs.getString("order_number"), rs.getInt("line_count")),
                        rs.getBigDecimal("total_amount"),
                        rs.getString("currency"),
                        "/orders/" + rs.getLong("id")))
                .list();
    }
}
