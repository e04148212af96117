package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clientela.platform.Slice;

/**
 * What one customer has bought, in the figures a shop owner uses: how many orders, how much in
 * total and per order, since when and how recently, which categories, and the latest orders.
 *
 * @param spend         orders, total and average order value per currency (usually one), the
 *                      currency with most orders first; empty when the customer never bought
 * @param daysSinceLast days from the last purchase to today in the business's time zone
 * @param categories    the share of each category in what the customer spent on order lines,
 *                      largest first; the category is {@code null} for lines without one
 * @param latest        the newest orders, newest first, and whether there are more
 */
public record PurchaseProfile(
        List<Spend> spend,
        LocalDate firstPurchase,
        LocalDate lastPurchase,
        long daysSinceLast,
        List<CategoryShare> categories,
        Slice<OrderSummary> latest) {

    /** Whether the customer never bought anything. */
    public boolean isEmpty() {
        return spend.isEmpty();
    }

    /** Orders in every currency. */
    public long orderCount() {
        return spend.stream().mapToLong(Spend::orders).sum();
    }

    /**
     * @param average total divided by the number of orders, rounded half-up to cents
     */
    public record Spend(String currency, long orders, BigDecimal total, BigDecimal average) {}

    /**
     * @param share the category's part of the customer's line amounts in that currency, 0 to 1
     */
    public record CategoryShare(String category, String currency, BigDecimal amount, double share) {

        /** The share as a whole percentage, for bars. */
        public long percent() {
            return Math.round(share * 100);
        }
    }
}
