package org.clientela.orders.internal;

import java.util.Set;
import org.clientela.platform.PersonalDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A customer's orders and their lines, for the personal-data export. */
@Configuration(proxyBeanMethods = false)
class OrderPersonalData {

    @Bean
    static PersonalDataSource customerOrdersPersonalData() {
        return PersonalDataSource.of(
                "orders",
                Set.of("sales_order"),
                "SELECT * FROM sales_order WHERE customer_id = :customerId ORDER BY order_date, id");
    }

    /** The lines, by the orders' customer index and the lines' primary key: one pass, however many. */
    @Bean
    static PersonalDataSource customerOrderLinesPersonalData() {
        return PersonalDataSource.of("order-lines", Set.of("order_line"), """
                SELECT l.* FROM order_line l JOIN sales_order o ON o.id = l.order_id
                 WHERE o.customer_id = :customerId ORDER BY l.order_id, l.line_number""");
    }
}
