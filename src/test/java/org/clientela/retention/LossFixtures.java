package org.clientela.retention;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers and orders written straight into the tables, under a unique marker so tests sharing a
 * database never see each other's rows. Figures over a period use a {@link #year} of their own,
 * far in the past, where no other test puts orders.
 */
final class LossFixtures {

    final String marker = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** Years already given out in this JVM: each fixture gets its own. */
    private static final java.util.concurrent.atomic.AtomicInteger YEARS =
            new java.util.concurrent.atomic.AtomicInteger(
                    3 * ThreadLocalRandom.current().nextInt(32));
    /**
     * A year of this test's own, between 1902 and 1997, with a free year on either side for
     * orders "just before" and "just after" it.
     */
    final int year = 1902 + YEARS.getAndAdd(3) % 96;

    private final JdbcClient jdbc;
    private int orders;

    LossFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long customer(String name) {
        String number = "R" + (++orders) + marker;
        jdbc.sql("""
                        INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, created_at, updated_at)
                        VALUES (:number, 'COMPANY', :name, 'CUSTOMER', :sort, :now, :now)""")
                .param("number", number)
                .param("name", name + " " + marker)
                .param("sort", (name + " " + marker).toLowerCase())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM customer WHERE customer_number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
    }

    void order(long customerId, LocalDate date, String amount) {
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'EUR', :total, 1, :now)""")
                .param("number", "O" + (++orders) + marker)
                .param("customer", customerId)
                .param("date", date)
                .param("total", new BigDecimal(amount))
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    String status(long customerId) {
        return jdbc.sql("SELECT lifecycle_status FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(String.class)
                .single();
    }
}
