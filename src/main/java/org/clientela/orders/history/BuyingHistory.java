package org.clientela.orders.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A customer's buying history reduced to what a customer-base model (BG/NBD) needs to judge one
 * customer: on how many different days they bought, the first and the last of those days, and
 * what they spent in one currency. {@link RepeatPurchaseSummary} is its sibling for fitting the
 * model over the whole base (repeat days only, a holdout period).
 *
 * @param purchaseDays different days with an order (several orders on one day are one purchase)
 * @param spend        the sum of the orders in the currency asked for
 */
public record BuyingHistory(
        long customerId, LocalDate firstPurchase, LocalDate lastPurchase, int purchaseDays, BigDecimal spend) {

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
