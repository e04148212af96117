package org.clientela.customers.internal;

import org.clientela.customers.CustomerEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcCustomerEraser implements CustomerEraser {

    private final JdbcClient jdbc;

    JdbcCustomerEraser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long eraseAll() {
        jdbc.sql("DELETE FROM customer_search_term").update();
        jdbc.sql("DELETE FROM customer_tag").update();
        jdbc.sql("DELETE FROM contact").update();
        return jdbc.sql("DELETE FROM customer").update();
    }
}
