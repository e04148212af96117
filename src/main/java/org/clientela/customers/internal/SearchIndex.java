package org.clientela.customers.internal;

import java.util.List;
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
        index(customers);
    }

    /** Adds the terms of customers that have none yet (just created). */
    void index(List<Customer> customers) {
        bulk.insert(
                "customer_search_term",
                COLUMNS,
                customers.stream()
                        .flatMap(c -> SearchTerms.of(c).stream().map(term -> new Object[] {term, c.getId()}))
                        .toList());
    }

    void reindex(Customer customer) {
        reindex(List.of(customer));
    }
}
