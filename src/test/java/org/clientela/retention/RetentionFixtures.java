package org.clientela.retention;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers, categories and orders written straight into the tables, so that a test can build
 * the sixty customers a ranking needs in a moment. Every name carries the test's marker.
 */
final class RetentionFixtures {

    final String marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final JdbcClient jdbc;
    private final AtomicInteger sequence = new AtomicInteger();

    RetentionFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long customer(String name) {
        String number = "T" + marker + "-" + sequence.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO customer (customer_number, kind, name, sort_name, lifecycle_status, created_at,
                                              updated_at)
                        VALUES (:number, 'COMPANY', :name, :sort, 'CUSTOMER', :now, :now)""")
                .param("number", number)
                .param("name", name + " " + marker)
                .param("sort", (name + " " + marker).toLowerCase())
                .param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    long category(String name) {
        String full = name + " " + marker;
        jdbc.sql("INSERT INTO product_category (name, name_key) VALUES (:name, :key)")
                .param("name", full)
                .param("key", full.toLowerCase())
                .update();
        return jdbc.sql("SELECT id FROM product_category WHERE name = :name")
                .param("name", full)
                .query(Long.class)
                .single();
    }

    /** One order of the given lines (category, amount) on {@code date}; returns its id. */
    long order(long customerId, LocalDate date, Object... categoryAndAmount) {
        String number = "O" + marker + "-" + sequence.incrementAndGet();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i < categoryAndAmount.length; i += 2) {
            total = total.add(new BigDecimal(categoryAndAmount[i].toString()));
        }
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'EUR', :total, :lines, :now)""")
                .param("number", number)
                .param("customer", customerId)
                .param("date", date)
                .param("total", total)
                .param("lines", categoryAndAmount.length / 2)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long id = jdbc.sql("SELECT id FROM sales_order WHERE order_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
        for (int i = 0; i + 1 < categoryAndAmount.length; i += 2) {
            jdbc.sql("""
                            INSERT INTO order_line (order_id, line_number, category_id, quantity, amount)
                            VALUES (:order, :n, :category, 1, :amount)""")
                    .param("order", id)
                    .param("n", i / 2 + 1)
                    .param("category", categoryAndAmount[i])
                    .param("amount", new BigDecimal(categoryAndAmount[i + 1].toString()))
                    .update();
        }
        return id;
    }
}
