package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientela.orders.PurchasesInPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Asked in chunks of ids, each chunk one range read per customer on {@code sales_order_customer_idx}. */
@Component
@Transactional(readOnly = true)
class JdbcPurchasesInPeriod implements PurchasesInPeriod {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    JdbcPurchasesInPeriod(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Bought> of(Collection<Long> customerIds, LocalDate from, LocalDate to) {
        Map<Long, Bought> bought = new HashMap<>();
        List<Long> ids = new ArrayList<>(customerIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            jdbc.sql("""
                            SELECT customer_id, COUNT(*) AS orders, SUM(total_amount) AS revenue FROM sales_order
                             WHERE customer_id IN (:ids) AND order_date >= :from AND order_date <= :to
                             GROUP BY customer_id""")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .param("from", from).param("to", to)
                    .query(rs -> {
                        bought.put(rs.getLong("customer_id"),
                                new Bought(rs.getLong("orders"), rs.getBigDecimal("revenue")));
                    });
        }
        return bought;
    }
}
