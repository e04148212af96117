package org.clientela.retention.internal.segments;

import java.util.List;

import org.clientela.orders.CategoryBuyers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestions of the customer page's "what else could they buy?" card: the category pairs of
 * the latest segmentation run against the customer's own categories, read now from the orders
 * module (one customer's lines).
 */
@Service
@Transactional(readOnly = true)
public class PurchaseAdvice {

    private final JdbcClient jdbc;
    private final CategoryBuyers categories;
    private final SegmentReport report;
    private final SegmentSettings settings;

    PurchaseAdvice(JdbcClient jdbc, CategoryBuyers categories, SegmentReport report, SegmentSettings settings) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.report = report;
        this.settings = settings;
    }

    /** Up to three suggestions, best first; empty when there is nothing to suggest or no run yet. */
    public List<WhatElse.Suggestion> forCustomer(long customerId) {
        var run = report.latestRun();
        if (run.isEmpty()) {
            return List.of();
        }
        List<WhatElse.Bought> bought = categories.boughtBy(customerId).stream()
                .map(b -> new WhatElse.Bought(b.categoryId(), b.name(), b.lastPurchase())).toList();
        if (bought.isEmpty()) {
            return List.of();
        }
        List<WhatElse.Pair> pairs = jdbc.sql("""
                        SELECT first_category, second_category, customers, still_buying FROM retention_category_pair""")
                .query((rs, n) -> new WhatElse.Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return new WhatElse(pairs, categories.names(), run.get().customers(), settings.minCustomers())
                .suggest(bought, run.get().buyersSince());
    }
}
