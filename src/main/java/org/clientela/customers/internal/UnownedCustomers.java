package org.clientela.customers.internal;

import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers nobody looks after: never given to anyone, or left when their owner was deactivated
 * (see {@link CustomersLeftByOwner}), by name, one page at a time.
 */
@Component
public class UnownedCustomers {

    private final JdbcClient jdbc;

    UnownedCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Slice<CustomerSummary> page(int page, int size) {
        return Slice.of(
                jdbc.sql("""
                        SELECT id, customer_number, kind, name, email, phone, city, owner_username, lifecycle_status,
                               anonymised_at
                          FROM customer WHERE owner_username IS NULL AND blocked_at IS NULL
                         ORDER BY sort_name, id LIMIT :limit OFFSET :offset""")
                        .param("limit", size + 1)
                        .param("offset", (long) page * size)
                        .query(CustomerSearch.ROW)
                        .list(),
                page,
                size);
    }
}
