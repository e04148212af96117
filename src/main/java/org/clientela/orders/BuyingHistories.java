package org.clientela.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Each customer's buying history reduced to what a customer-base model (BG/NBD) needs: on how many
 * different days they bought, the first and the last of those days, and what they spent. Counted
 * by the database over {@code sales_order}; the whole book is streamed, never held in memory.
 */
public interface BuyingHistories {

    /**
     * Calls {@code each} for every customer with an order on or before {@code asOf}, in customer id
     * order, streaming (a million customers cost one row at a time).
     *
     * @param currency spend is summed over orders in this currency; days count every order
     */
    void forEach(LocalDate asOf, String currency, Consumer<History> each);

    /** One customer's history up to and including {@code asOf}; empty when they had not bought. */
    Optional<History> of(long customerId, LocalDate asOf, String currency);

    /** The day of the latest order of each of the given customers; customers who never bought are absent. */
    Map<Long, LocalDate> lastPurchases(Collection<Long> customerIds);

    /**
     * @param purchaseDays different days with an order (several orders on one day are one purchase)
     * @param spend        the sum of the orders in the currency asked for
     */
    record History(long customerId, LocalDate firstPurchase, LocalDate lastPurchase, int purchaseDays,
            BigDecimal spend) {

        /** {@code x} of the model: purchase days after the first. */
        public int repeatPurchases() {
            return purchaseDays - 1;
        }

        /** {@code t_x}: weeks from the first purchase to the last. */
        public double weeksToLast() {
            return ChronoUnit.DAYS.between(firstPurchase, lastPurchase) / 7.0;
        }

        /** {@code T}: weeks from the first purchase to {@code day}. */
        public double weeksObserved(LocalDate day) {
            return ChronoUnit.DAYS.between(firstPurchase, day) / 7.0;
        }

        /** Mean spend per purchase day, to cents. */
        public BigDecimal averageSpend() {
            return spend.divide(BigDecimal.valueOf(Math.max(1, purchaseDays)), 2, RoundingMode.HALF_UP);
        }
    }
}
