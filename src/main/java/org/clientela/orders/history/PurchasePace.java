package org.clientela.orders.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How often one customer buys and what they brought in over the last twelve months, as the
 * customer page shows it: a glance, not the {@link Rhythm} a retention review weighs (money here
 * is kept apart per currency and counted up to the day asked for).
 *
 * @param purchaseDays        distinct days with an order
 * @param typicalIntervalDays median of the days between consecutive purchase days, or
 *                            {@code null} with fewer than two purchase days
 * @param lastTwelveMonths    revenue of the orders of the 365 days up to the day asked for, per
 *                            currency, largest first; empty when nothing was bought in that time
 */
public record PurchasePace(
        long purchaseDays, Integer typicalIntervalDays, LocalDate lastPurchase, List<Revenue> lastTwelveMonths) {

    public record Revenue(String currency, BigDecimal amount) {}
}
