package org.clientela.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Each customer's buying history reduced to what customer-base models need: when the customer
 * first and last bought, on how many different days, and how much the repeat days were worth.
 * Purchases are counted per day: several orders of one customer on the same day are one
 * purchase, worth the sum of their totals (amounts are added whatever their currency; a business
 * sells in one). Computed in the database from {@code sales_order} in one aggregate query and
 * streamed, so a million customers never sit in memory at once.
 */
public interface RepeatPurchaseSummaries {

    /**
     * Streams, in no particular order, one summary per customer whose first purchase is on or
     * before {@code calibrationEnd}, with orders up to and including that day. Must be called in
     * a transaction on PostgreSQL for the rows to stream (callers are {@code @Transactional}).
     *
     * @param holdoutEnd when not null, also counts each of those customers' purchase days after
     *                   {@code calibrationEnd} up to and including this day
     *                   ({@link RepeatPurchaseSummary#purchaseDaysAfter()}); 0 otherwise
     */
    void forEachCustomer(LocalDate calibrationEnd, LocalDate holdoutEnd, Consumer<RepeatPurchaseSummary> action);

    /**
     * As {@link #forEachCustomer(LocalDate, LocalDate, Consumer)}, and also hands each repeat
     * purchase day of those customers (every purchase day but their first, up to
     * {@code holdoutEnd}, or {@code calibrationEnd} when it is null) to {@code repeatPurchaseDay},
     * in the same pass over the orders: what a tracking chart counts week by week.
     */
    void forEachCustomer(LocalDate calibrationEnd, LocalDate holdoutEnd, Consumer<RepeatPurchaseSummary> action,
            Consumer<LocalDate> repeatPurchaseDay);

    /** The day of the newest order of the business, if it has any. */
    Optional<LocalDate> lastPurchaseDay();

    /** One customer's summary with orders up to and including {@code calibrationEnd}, if any. */
    Optional<RepeatPurchaseSummary> ofCustomer(long customerId, LocalDate calibrationEnd);

    /**
     * One customer's purchase days.
     *
     * @param firstPurchase     day of the first order
     * @param lastPurchase      day of the last order on or before the calibration end
     * @param purchaseDays      days with at least one order, up to the calibration end (≥ 1)
     * @param repeatSpend       total of the orders on those days except the first
     * @param purchaseDaysAfter days with orders after the calibration end, up to the holdout end
     */
    record RepeatPurchaseSummary(long customerId, LocalDate firstPurchase, LocalDate lastPurchase, int purchaseDays,
            BigDecimal repeatSpend, int purchaseDaysAfter) {

        /** Purchase days after the first one (the models' {@code x}). */
        public int repeatPurchases() {
            return purchaseDays - 1;
        }

        /** Mean spend of a repeat purchase day, or zero without repeat purchases. */
        public BigDecimal meanRepeatSpend() {
            return purchaseDays > 1
                    ? repeatSpend.divide(BigDecimal.valueOf(purchaseDays - 1L), 4, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
        }
    }
}
