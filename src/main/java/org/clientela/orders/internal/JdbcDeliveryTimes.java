package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.List;

import org.clientela.orders.DeliveryTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One GROUP BY over a range of {@code sales_order_date_delivered_idx}. */
@Component
@Transactional(readOnly = true)
class JdbcDeliveryTimes implements DeliveryTimes {

    private final JdbcClient jdbc;

    JdbcDeliveryTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DeliveredOrders> placedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT order_date, delivered_on, COUNT(*) AS orders FROM sales_order
                         WHERE order_date >= :from AND order_date <= :to
                         GROUP BY order_date, delivered_on""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new DeliveredOrders(rs.getObject("order_date", LocalDate.class),
                        rs.getObject("delivered_on", LocalDate.class), rs.getLong("orders")))
                .list();
    }
}
