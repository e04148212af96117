package org.clientela.orders.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Each customer's purchases, summed up per customer by the database over the orders. The
 * {@code forEach…} methods stream the whole base customer by customer, so a million customers
 * never sit in memory together; the others answer for one customer or a list of them.
 *
 * <p>Purchases are counted per day throughout: several orders of one customer on the same day are
 * one purchase (a basket split in five is not five visits).
 */
public interface CustomerPurchases {

    /**
     * Hands {@code action} the rhythm of every customer with an order on or before
     * {@link RhythmWindow#asOf()}, in ascending customer id, one at a time. Orders after that day
     * are ignored. Runs outside any long transaction, so a slow review never holds back an import.
     */
    void forEachRhythm(RhythmWindow window, Consumer<Rhythm> action);

    /** The rhythm of one customer, empty when they have no order on or before the window's day. */
    Optional<Rhythm> rhythm(long customerId, RhythmWindow window);

    /** How often the customer buys and what they brought in lately, for the customer page; empty when they never bought. */
    Optional<PurchasePace> pace(long customerId, LocalDate asOf);

    /**
     * Calls {@code each} for every customer with an order on or before {@code asOf}, in customer id
     * order, streaming.
     *
     * @param currency spend is summed over orders in this currency; days count every order
     */
    void forEachHistory(LocalDate asOf, String currency, Consumer<BuyingHistory> each);

    /** One customer's history up to and including {@code asOf}; empty when they had not bought. */
    Optional<BuyingHistory> history(long customerId, LocalDate asOf, String currency);

    /**
     * Streams, in no particular order, one summary per customer whose first purchase is on or
     * before {@code calibrationEnd}, with orders up to and including that day. Must be called in
     * a transaction on PostgreSQL for the rows to stream (callers are {@code @Transactional}).
     *
     * @param holdoutEnd when not null, also counts each of those customers' purchase days after
     *                   {@code calibrationEnd} up to and including this day
     *                   ({@link RepeatPurchaseSummary#purchaseDaysAfter()}); 0 otherwise
     */
    void forEachSummary(LocalDate calibrationEnd, LocalDate holdoutEnd, Consumer<RepeatPurchaseSummary> action);

    /**
     * As {@link #forEachSummary(LocalDate, LocalDate, Consumer)}, and also hands each repeat
     * purchase day of those customers (every purchase day but their first, up to
     * {@code holdoutEnd}, or {@code calibrationEnd} when it is null) to {@code repeatPurchaseDay},
     * in the same pass over the orders: what a tracking chart counts week by week.
     */
    void forEachSummary(
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            Consumer<RepeatPurchaseSummary> action,
            Consumer<LocalDate> repeatPurchaseDay);

    /** One customer's summary with orders up to and including {@code calibrationEnd}, if any. */
    Optional<RepeatPurchaseSummary> summary(long customerId, LocalDate calibrationEnd);

    /**
     * Streams one row per customer with orders up to {@code asOf}, ranked against all the others
     * (see {@link RankedCustomer}). Call it inside a transaction, so that the database can hand the
     * rows over in chunks.
     */
    void rankAll(LocalDate asOf, Consumer<RankedCustomer> each);

    /** The day of the latest order of each of the given customers; customers who never bought are absent. */
    Map<Long, LocalDate> lastPurchases(Collection<Long> customerIds);

    /**
     * Orders and revenue of each of {@code customerIds} from {@code from} to {@code to}, both
     * included (the measure of whether an action brought them back); customers who bought nothing
     * then are absent. Safe for thousands of ids.
     */
    Map<Long, PeriodPurchases> inPeriod(Collection<Long> customerIds, LocalDate from, LocalDate to);

    /** What {@code customerId} spent from {@code from} (inclusive) to {@code to} (exclusive) in the currency; zero when nothing. */
    BigDecimal revenue(long customerId, LocalDate from, LocalDate to, String currency);

    /** The categories one customer bought, with the day they last bought each, by name. */
    List<CategoryBought> categoriesBought(long customerId);
}
