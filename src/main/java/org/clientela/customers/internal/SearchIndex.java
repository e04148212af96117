package org.clientela.customers.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientela.platform.BulkInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code customer_search_term} in step with the customers, one batch per call. */
@Component
public class SearchIndex {

    private static final List<String> COLUMNS = List.of("term", "customer_id");

    private final JdbcTemplate template;
    private final BulkInsert bulk;

    SearchIndex(JdbcTemplate template, BulkInsert bulk) {
        this.template = template;
        this.bulk = bulk;
    }

    /** Replaces the terms of the given customers (each must have its id). */
    public void reindex(List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        List<Object[]> ids =
                customers.stream().map(c -> new Object[] {c.getId()}).toList();
        template.batchUpdate("DELETE FROM customer_search_term WHERE customer_id = ?", ids);
        Set<Long> blocked = blocked();
        index(customers.stream().filter(c -> !blocked.contains(c.getId())).toList());
    }

    /** Adds the terms of customers that have none yet (just created, so none is blocked). */
    void index(List<Customer> customers) {
        bulk.insert(
                "customer_search_term",
                COLUMNS,
                customers.stream()
                        .flatMap(c -> SearchTerms.of(c).stream().map(term -> new Object[] {term, c.getId()}))
                        .toList());
    }

    /**
     * The blocked customers: few, found by their index (an edit never happens during a first load,
     * which defers the indexes), so that an edit never makes a blocked customer findable again.
     */
    private Set<Long> blocked() {
        return new HashSet<>(template.queryForList("SELECT id FROM customer WHERE blocked_at IS NOT NULL", Long.class));
    }

    void reindex(Customer customer) {
        reindex(List.of(customer));
    }
}
