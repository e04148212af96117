package org.clientela.customers.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code customer_search_term} in step with the customers, one batch per call. */
@Component
public class SearchIndex {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SearchIndex(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces the terms of the given customers (each must have its id). */
    public void reindex(List<Customer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        List<Object[]> ids = customers.stream().map(c -> new Object[] {c.getId()}).toList();
        template.batchUpdate("DELETE FROM customer_search_term WHERE customer_id = ?", ids);
        List<Object[]> rows = customers.stream()
                .flatMap(c -> SearchTerms.of(c).stream().map(term -> new Object[] {term, c.getId()}))
                .toList();
        template.batchUpdate("INSERT INTO customer_search_term (term, customer_id) VALUES (?, ?)", rows);
    }

    void reindex(Customer customer) {
        reindex(List.of(customer));
    }

    /** How many terms are stored: for tests and the benchmark report. */
    long size() {
        return jdbc.sql("SELECT COUNT(*) FROM customer_search_term").query(Long.class).single();
    }
}
