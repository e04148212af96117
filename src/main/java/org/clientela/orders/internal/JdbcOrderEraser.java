package org.clientela.orders.internal;

import org.clientela.orders.OrderEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcOrderEraser implements OrderEraser {

    private final JdbcClient jdbc;

    JdbcOrderEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long eraseAll() {
        jdbc.sql("DELETE FROM order_line").update();
        long orders = jdbc.sql("DELETE FROM sales_order").update();
        jdbc.sql("DELETE FROM product").update();
        jdbc.sql("DELETE FROM product_category").update();
        return orders;
    }
}
