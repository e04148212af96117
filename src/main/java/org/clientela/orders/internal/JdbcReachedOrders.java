package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.clientela.orders.history.ReachedOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReachedOrders} over the order date index: the orders placed in the
 * {@link #LONGEST_DELIVERY_DAYS} before the day, of which those that reached the customer that day;
 * "first" asks the customer's order index whether anything came before.
 */
@Component
class JdbcReachedOrders implements ReachedOrders {

    private static final String EARLIER = """
            EXISTS (SELECT 1 FROM sales_order p WHERE p.customer_id = o.customer_id
                       AND (p.order_date < o.order_date OR (p.order_date = o.order_date AND p.id < o.id)))""";

    private final JdbcClient jdbc;

    JdbcReachedOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReachedOrder> reachedOn(LocalDate day, BigDecimal minAmount) {
        return jdbc.sql("SELECT o.id, o.order_number, o.customer_id, o.order_date, o.delivered_on, o.total_amount,"
                        + " o.currency, CASE WHEN " + EARLIER + " THEN 0 ELSE 1 END AS first_order"
                        + """
                         FROM sales_order o
                        WHERE o.order_date >= :earliest AND o.order_date <= :day
                          AND (o.delivered_on = :day OR (o.delivered_on IS NULL AND o.order_date = :day))
                          AND (o.total_amount >= :min OR NOT\s"""
                        + EARLIER + ") ORDER BY o.customer_id, o.id")
                .param("earliest", Date.valueOf(day.minusDays(LONGEST_DELIVERY_DAYS)))
                .param("day", Date.valueOf(day))
                .param("min", minAmount, java.sql.Types.NUMERIC)
                .query((rs, n) -> new ReachedOrder(
                        rs.getLong("id"),
                        rs.getString("order_number"),
                        rs.getLong("customer_id"),
                        rs.getDate("order_date").toLocalDate(),
                        rs.getDate("delivered_on") == null
                                ? null
                                : rs.getDate("delivered_on").toLocalDate(),
                        rs.getBigDecimal("total_amount"),
                        rs.getString("currency"),
                        rs.getInt("first_order") == 1))
                .list();
    }
}
