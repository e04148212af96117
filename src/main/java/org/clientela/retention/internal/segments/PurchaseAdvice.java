package org.clientela.retention.internal.segments;

import java.util.List;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.history.CustomerPurchases;
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
    private final CustomerPurchases purchases;
    private final PurchaseFigures figures;
    private final SegmentReport report;
    private final SegmentSettings settings;

    PurchaseAdvice(
            JdbcClient jdbc,
            CustomerPurchases purchases,
            PurchaseFigures figures,
            SegmentReport report,
            SegmentSettings settings) {
        this.jdbc = jdbc;
        this.purchases = purchases;
        this.figures = figures;
        this.report = report;
        this.settings = settings;
    }

    /** Up to three suggestions, best first; empty when there is nothing to suggest or no run yet. */
    public List<WhatElse.Suggestion> forCustomer(long customerId) {
        var run = report.latestRun();
        if (run.isEmpty()) {
            return List.of();
        }
        List<WhatElse.Bought> bought = purchases.categoriesBought(customerId).stream()
                .map(b -> new WhatElse.Bought(b.categoryId(), b.name(), b.lastPurchase()))
                .toList();
        if (bought.isEmpty()) {
            return List.of();
        }
        List<WhatElse.Pair> pairs = jdbc.sql("""
                        SELECT first_category, second_category, customers, still_buying FROM retention_category_pair""")
                .query((rs, n) -> new WhatElse.Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        return new WhatElse(pairs, figures.categoryNames(), run.get().customers(), settings.minCustomers())
                .suggest(bought, run.get().buyersSince());
    }
}
