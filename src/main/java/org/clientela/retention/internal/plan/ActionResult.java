package org.clientela.retention.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * An action against its comparison group. A verdict is given only when the window has passed
 * and both groups have at least {@code minGroup} customers; until then the page says there is not
 * enough data yet, and why.
 *
 * @param reason      why there is no verdict yet ({@code WINDOW_OPEN}, {@code TOO_FEW}), or null
 * @param rateDifference    95 % interval of (return rate with action − without), or null
 * @param revenueDifference 95 % interval of (revenue per customer with − without), or null
 */
public record ActionResult(
        Action action,
        Group withAction,
        Group without,
        LocalDate windowEnd,
        boolean windowPassed,
        String reason,
        int minGroup,
        PlanStatistics.Interval rateDifference,
        PlanStatistics.Interval revenueDifference) {

    public static ActionResult of(
            Action action, Group with, Group without, LocalDate windowEnd, boolean windowPassed, int minGroup) {
        String reason = !windowPassed
                ? "WINDOW_OPEN"
                : with.customers() < minGroup || without.customers() < minGroup ? "TOO_FEW" : null;
        if (reason != null) {
            return new ActionResult(action, with, without, windowEnd, windowPassed, reason, minGroup, null, null);
        }
        return new ActionResult(
                action,
                with,
                without,
                windowEnd,
                true,
                null,
                minGroup,
                PlanStatistics.proportionDifference(
                        with.returned(), with.customers(), without.returned(), without.customers()),
                PlanStatistics.welch(
                        with.revenuePerCustomer(),
                        with.variance(),
                        with.customers(),
                        without.revenuePerCustomer(),
                        without.variance(),
                        without.customers()));
    }

    public boolean enoughData() {
        return reason == null;
    }

    /** Percentage points, for the page. */
    public long ratePoints(double value) {
        return Math.round(value * 100);
    }

    public BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * One group of an action: its size, how many bought in the window, and the sum and sum of
     * squares of the revenue per customer (customers who bought nothing count as zero).
     */
    public record Group(long customers, long returned, double revenue, double revenueSquares) {

        public double returnRate() {
            return customers == 0 ? 0 : (double) returned / customers;
        }

        public double revenuePerCustomer() {
            return customers == 0 ? 0 : revenue / customers;
        }

        public double variance() {
            return PlanStatistics.variance(customers, revenue, revenueSquares);
        }

        public PlanStatistics.Interval returnRateInterval() {
            return PlanStatistics.wilson(returned, customers);
        }

        public BigDecimal revenuePerCustomerAmount() {
            return BigDecimal.valueOf(revenuePerCustomer()).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
