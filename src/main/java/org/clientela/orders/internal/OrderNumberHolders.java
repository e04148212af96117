package org.clientela.orders.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.RowErrors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Part of checking an orders file: an order number that another customer already holds is a bad
 * row, never an order moved to the customer the file names. An import that needs an order to
 * change hands is not the way; the order is corrected where it was entered. One query per chunk
 * (its order numbers in lists of {@link #LOOKUP}), whatever the size of the file.
 */
final class OrderNumberHolders {

    /** Order numbers per query; H2 compares each row it finds with every element of an IN list. */
    private static final int LOOKUP = 1000;

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;

    OrderNumberHolders(JdbcClient jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    /** Adds to {@code errors} each order of the chunk whose number a stored order of another customer has. */
    void check(List<OrderDraft> chunk, RowErrors errors) {
        List<String> numbers = chunk.stream().map(OrderDraft::number).toList();
        Map<String, Long> holders = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += LOOKUP) {
            jdbc.sql("SELECT order_number, customer_id FROM sales_order WHERE order_number IN (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + LOOKUP)))
                    .query((rs, n) -> holders.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        if (holders.isEmpty()) {
            return;
        }
        Set<Long> others = new HashSet<>();
        for (OrderDraft order : chunk) {
            Long holder = holders.get(order.number());
            if (holder != null && !Objects.equals(holder, order.customerId())) {
                others.add(holder);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        Map<Long, CustomerDirectory.CustomerRef> held = customers.findAll(others);
        for (OrderDraft order : chunk) {
            Long holder = holders.get(order.number());
            if (holder != null && !Objects.equals(holder, order.customerId())) {
                CustomerDirectory.CustomerRef ref = held.get(holder);
                errors.add(
                        order.lines().get(0).fileLine(),
                        "order_number",
                        "orders.import.heldByOther",
                        order.number(),
                        ref == null ? "?" : ref.customerNumber());
            }
        }
    }
}
