package org.clientela.orders.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;

/**
 * Which orders a list or an export covers: one customer's, and/or those dated within a range
 * (both ends included). Every part is optional.
 */
public record OrderFilter(Long customerId, LocalDate from, LocalDate to) {

    public static final OrderFilter ALL = new OrderFilter(null, null, null);

    public OrderFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(InputError.field("to", "orders.filter.toBeforeFrom", from, to));
        }
    }

    /** The {@code WHERE} clause over {@code sales_order o}. */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (customerId == null) {
            // The orders of a blocked customer stay in every figure but in no list, count or export
            // of all orders; the orders of one customer are asked for from that customer's page.
            conditions.add(BlockedCustomers.visible("o.customer_id"));
        } else {
            conditions.add("o.customer_id = :customerId");
        }
        if (from != null) {
            conditions.add("o.order_date >= :from");
        }
        if (to != null) {
            conditions.add("o.order_date <= :to");
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new TreeMap<>();
        if (customerId != null) {
            params.put("customerId", customerId);
        }
        if (from != null) {
            params.put("from", from);
        }
        if (to != null) {
            params.put("to", to);
        }
        return params;
    }
}
