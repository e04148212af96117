package org.clientela.orders.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How one customer buys, in the figures a retention review needs: on which days they ordered and
 * how far apart, what an order was worth lately against before, and which categories they bought
 * in which months. Amounts are order totals as stored, whatever their currency (a business sells
 * in one).
 *
 * @param orderDays      days with at least one order
 * @param gaps           days between consecutive order days, in order of time ({@code orderDays - 1} of them)
 * @param recentOrders   orders in the recent period of the {@link RhythmWindow}, and their total {@code recentAmount}
 * @param baselineOrders orders in the baseline period, and their total {@code baselineAmount}
 * @param yearAmount     what the customer spent in the 365 days up to their last order day
 * @param categories     each category bought (in at least {@link RhythmWindow#categoryMonths()} baseline
 *                       months), by category id
 */
public record Rhythm(
        long customerId,
        int orderDays,
        LocalDate firstDay,
        LocalDate lastDay,
        List<Integer> gaps,
        int recentOrders,
        BigDecimal recentAmount,
        int baselineOrders,
        BigDecimal baselineAmount,
        BigDecimal yearAmount,
        List<CategoryRhythm> categories) {

    /** Days from the last order day to {@code asOf}. */
    public long daysSinceLast(LocalDate asOf) {
        return ChronoUnit.DAYS.between(lastDay, asOf);
    }
}
