package org.clientela.orders.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One customer's purchase days as customer-base models are fitted on them: when the customer
 * first and last bought, on how many different days, and how much the repeat days were worth
 * (amounts are added whatever their currency; a business sells in one).
 *
 * @param firstPurchase     day of the first order
 * @param lastPurchase      day of the last order on or before the calibration end
 * @param purchaseDays      days with at least one order, up to the calibration end (≥ 1)
 * @param repeatSpend       total of the orders on those days except the first
 * @param purchaseDaysAfter days with orders after the calibration end, up to the holdout end
 */
public record RepeatPurchaseSummary(
        long customerId,
        LocalDate firstPurchase,
        LocalDate lastPurchase,
        int purchaseDays,
        BigDecimal repeatSpend,
        int purchaseDaysAfter) {

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
