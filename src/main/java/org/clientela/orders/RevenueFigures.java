package org.clientela.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Revenue and repeat buying across the whole order book, aggregated by the database: what one
 * customer spent in a period, how revenue is spread over customers (concentration), how many new
 * customers came back, and how each quarter's new customers kept buying (cohorts). Periods are
 * {@code from} inclusive, {@code to} exclusive; money counts orders in the given currency only.
 */
public interface RevenueFigures {

    /**
     * A number that changes when orders are added or the order book is erased (the highest order
     * id, 0 when there are none), so figures computed from the book can be kept until it changes.
     */
    long bookVersion();

    /** What {@code customerId} spent in the period. Zero when nothing. */
    BigDecimal revenueOf(long customerId, LocalDate from, LocalDate to, String currency);

    /** What all customers spent in the period, in the currency. Zero when nothing. */
    BigDecimal revenue(LocalDate from, LocalDate to, String currency);

    /**
     * The customers who ordered in the period, and how many of them had ordered before it: those
     * who came back (a returning buyer), the rest bought for the first time.
     */
    ReturningBuyers returningBuyers(LocalDate from, LocalDate to);

    /**
     * How the period's revenue is spread over the customers who bought.
     *
     * @param top how many of the biggest customers to list
     */
    Spread spread(LocalDate from, LocalDate to, String currency, int top);

    /**
     * Customers whose first order ever fell in the period, and how many of them ordered again on a
     * later day (at any time up to now).
     */
    RepeatBuying repeatBuying(LocalDate from, LocalDate to);

    /**
     * Customers grouped by the quarter of their first order (quarters starting on or after
     * {@code from}), and how many of each group ordered in each later quarter.
     */
    List<CohortCell> quarterlyCohorts(LocalDate from);

    /**
     * @param customers      how many customers bought in the period
     * @param total          their revenue, all together
     * @param sumOfSquares   Σ revenue² over those customers (so Σ share² = sumOfSquares / total²)
     * @param biggest        the biggest customers, largest first (ties by id)
     */
    record Spread(long customers, BigDecimal total, BigDecimal sumOfSquares, List<CustomerRevenue> biggest) {
    }

    record CustomerRevenue(long customerId, BigDecimal revenue, long orders) {
    }

    /**
     * @param buyers    customers with an order in the period
     * @param returning of those, the ones with an order before the period
     */
    record ReturningBuyers(long buyers, long returning) {

        /** Those whose first order ever was in the period. */
        public long firstTime() {
            return buyers - returning;
        }
    }

    /**
     * @param newCustomers customers whose first order was in the period
     * @param repeaters    of those, the ones with an order on a later day
     */
    record RepeatBuying(long newCustomers, long repeaters) {
    }

    /**
     * @param cohort          the first day of the quarter of the customers' first order
     * @param quartersLater   0 for the quarter of the first order, 1 for the next …
     * @param customers       customers of the cohort who ordered in that quarter
     */
    record CohortCell(LocalDate cohort, int quartersLater, long customers) {
    }
}
