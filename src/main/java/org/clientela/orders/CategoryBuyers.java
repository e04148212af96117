package org.clientela.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which product categories customers buy together: for every pair of categories, how many
 * customers bought both, and how many of those still buy the second one. The basis of "what else
 * could this customer buy?". Categories are few (tens), so the answers are small.
 */
public interface CategoryBuyers {

    /**
     * One row per ordered pair of categories bought by at least one common customer, including
     * each category paired with itself (then {@code customers} is everyone who bought it).
     * Aggregated by the database over all order lines.
     *
     * @param recentSince the first day that counts as "still buying"
     */
    List<CategoryPair> pairs(LocalDate recentSince);

    /** The categories one customer bought, with the day they last bought each. */
    List<CategoryBought> boughtBy(long customerId);

    /** Every category's name by id. */
    Map<Long, String> names();

    /**
     * @param customers       customers who bought both {@code first} and {@code second}
     * @param stillBuyingSecond of those, customers who bought {@code second} on or after
     *                        {@code recentSince}
     */
    record CategoryPair(long first, long second, long customers, long stillBuyingSecond) {
    }

    record CategoryBought(long categoryId, String name, LocalDate lastPurchase) {
    }
}
