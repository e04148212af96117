package org.clientela.orders.internal;

import java.time.LocalDate;

import org.clientela.orders.NewBuyers;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link NewBuyers} in SQL, built like {@code JdbcRevenueFigures.repeatBuying}: group only the orders
 * since the period's start, then drop customers with an earlier order by one index probe each. The
 * page reads one row more than it shows, so it knows whether another follows without counting all.
 */
@Component
@Transactional(readOnly = true)
class JdbcNewBuyers implements NewBuyers {

    private final JdbcClient jdbc;

    JdbcNewBuyers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Slice<NewBuyer> page(Query query, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT customer_id, first_date, last_date, order_days
                  FROM (SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date,
                               COUNT(DISTINCT order_date) AS order_days
                          FROM sales_order WHERE order_date >= :from
                         GROUP BY customer_id HAVING MIN(order_date) < :to) buyers
                 WHERE NOT EXISTS (SELECT 1 FROM sales_order earlier
                                    WHERE earlier.customer_id = buyers.customer_id AND earlier.order_date < :from)
                """);
        if (query.boughtAgain() != null) {
            sql.append(query.boughtAgain() ? " AND last_date > first_date" : " AND last_date = first_date");
        }
        if (query.activeFrom() != null) {
            sql.append("""
                     AND EXISTS (SELECT 1 FROM sales_order active
                                  WHERE active.customer_id = buyers.customer_id
                                    AND active.order_date >= :activeFrom AND active.order_date < :activeTo)
                    """);
        }
        sql.append(" ORDER BY first_date DESC, customer_id LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("from", query.firstFrom())
                .param("to", query.firstTo())
                .param("limit", size + 1)
                .param("offset", (long) page * size);
        if (query.activeFrom() != null) {
            statement = statement.param("activeFrom", query.activeFrom()).param("activeTo", query.activeTo());
        }
        return Slice.of(statement.query((rs, n) -> new NewBuyer(rs.getLong("customer_id"),
                rs.getObject("first_date", LocalDate.class), rs.getObject("last_date", LocalDate.class),
                rs.getLong("order_days"))).list(), page, size);
    }
}
