package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.PersonalColumns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders module's part of an erasure: orders keep their numbers, dates, amounts, quantities,
 * channels and products, which the accounts and the retention model need for six years; the only
 * free text, a line's description, loses any quote of the person (a gift note naming them).
 * Orders carry no delivery address.
 */
@Component
class OrderAnonymisation implements PersonalDataAnonymiser {

    private static final PersonalColumns COLUMNS = PersonalColumns.of("orders")
            .scrubbed(
                    "order_line",
                    "order_id IN (SELECT o.id FROM sales_order o WHERE o.customer_id = :customer)",
                    "description");

    private final JdbcClient jdbc;

    OrderAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "orders";
    }

    @Override
    public Map<Long, LocalDate> lastDealings(long fromId, long toId, LocalDate today) {
        Map<Long, LocalDate> days = new HashMap<>();
        jdbc.sql("""
                SELECT customer_id, MAX(order_date) FROM sales_order
                 WHERE customer_id >= :from AND customer_id < :to GROUP BY customer_id""")
                .param("from", fromId)
                .param("to", toId)
                .query((row, n) -> days.put(row.getLong(1), row.getDate(2).toLocalDate()))
                .list();
        return days;
    }

    @Override
    public List<Change> anonymise(ErasedPerson person, boolean dryRun) {
        return COLUMNS.apply(jdbc, person, dryRun);
    }
}
