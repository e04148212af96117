package org.clientela.satisfaction;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers and orders written straight into the tables, so that a test of the club can give a
 * customer exactly the spend it needs. Every name carries the test's marker.
 */
final class LoyaltyFixtures {

    final String marker = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final JdbcClient jdbc;
    private final AtomicInteger sequence = new AtomicInteger();

    LoyaltyFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long customer(String name) {
        return customer(name, null, null);
    }

    long customer(String name, String email, String owner) {
        String number = "L" + marker + "-" + sequence.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO customer (customer_number, kind, name, sort_name, email, owner_username,
                                              lifecycle_status, created_at, updated_at)
                        VALUES (:number, 'PERSON', :name, :sort, :email, :owner, 'CUSTOMER', :now, :now)""")
                .param("number", number)
                .param("name", name + " " + marker)
                .param("sort", (name + " " + marker).toLowerCase())
                .param("email", email)
                .param("owner", owner)
                .param("now", now)
                .update();
        return jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    /** One order of {@code amount} on {@code date}. */
    void order(long customerId, LocalDate date, String amount) {
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'EUR', :total, 1, :now)""")
                .param("number", "O" + marker + "-" + sequence.incrementAndGet())
                .param("customer", customerId)
                .param("date", date)
                .param("total", new BigDecimal(amount))
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }
}
