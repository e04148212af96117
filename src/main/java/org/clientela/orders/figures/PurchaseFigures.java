package org.clientela.orders.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.platform.Slice;

/**
 * Revenue, repeat buying, categories and deliveries across the whole order book, aggregated by
 * the database, never order by order. Periods are {@code from} inclusive, {@code to} exclusive
 * unless said otherwise; money counts orders in the given currency only.
 */
public interface PurchaseFigures {

    /**
     * A number that changes when orders are added or the order book is erased (the highest order
     * id, 0 when there are none), so figures computed from the book can be kept until it changes.
     */
    long bookVersion();

    /** The day of the newest order of the business, if it has any. */
    Optional<LocalDate> lastPurchaseDay();

    /**
     * Hands {@code each} every customer who ordered in the period, with their orders and what they
     * spent (all currencies added: one business, one currency), streaming in no particular order so
     * that a million buyers never sit in memory together. Call it inside a transaction, so that
     * PostgreSQL hands the rows over in chunks.
     */
    void forEachCustomerRevenue(LocalDate from, LocalDate to, java.util.function.Consumer<CustomerRevenue> each);

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

    /** The customers behind {@link #repeatBuying} and {@link #quarterlyCohorts}: one page, newest first buyers first. */
    Slice<NewBuyer> newBuyers(NewBuyerQuery query, int page, int size);

    /**
     * Which product categories customers buy together: one row per ordered pair of categories
     * bought by at least one common customer, including each category paired with itself (then
     * {@code customers} is everyone who bought it). The basis of "what else could this customer
     * buy?"; categories are few (tens), so the answer is small.
     *
     * @param recentSince the first day that counts as "still buying"
     */
    List<CategoryPair> categoryPairs(LocalDate recentSince);

    /** Every category's name by id. */
    Map<Long, String> categoryNames();

    /**
     * How long orders took to reach the customer: the orders placed from {@code from} to
     * {@code to} (both included), counted per order date and delivery date. Orders with no
     * delivery date recorded come as rows whose {@code deliveredOn} is {@code null}. At most one
     * row per pair of days, so a quarter is a few thousand rows whatever the number of orders.
     */
    List<DeliveredOrders> deliveryTimes(LocalDate from, LocalDate to);

    /**
     * What the customers bought in the twelve months from the day each became a customer (that
     * day included): how many bought, how many came back on another day, and what they spent in
     * the currency. The acquisition side (sales) asks it about the customers a campaign won.
     *
     * @param customerSince each customer's id and their first day as a customer
     */
    FirstYearBuying firstYear(Map<Long, LocalDate> customerSince, String currency);
}
