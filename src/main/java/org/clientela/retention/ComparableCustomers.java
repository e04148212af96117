package org.clientela.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The retention plan's way of judging whether something done to some customers brought them back,
 * for other modules: the customers who got it against comparable customers who did not — customers
 * of the same segment (at the latest segmentation), each measured over the same days as the
 * customer they are compared with — in return rate and revenue per customer, with 95 % intervals.
 * A verdict is given only when both groups have at least the plan's minimum group size of
 * customers whose window has passed; until then the result says why not.
 */
public interface ComparableCustomers {

    /**
     * Compares the {@code treated} customers (each with the day they got it) with comparable
     * customers who are neither treated nor in {@code excluded}. A customer's window runs from the
     * day after theirs for {@code windowDays} days; customers whose window has not passed yet, and
     * customers in no segment, are left out of both groups.
     */
    Comparison compare(Map<Long, LocalDate> treated, Set<Long> excluded, int windowDays);

    /**
     * The result.
     *
     * @param reason            why there is no verdict: {@code WINDOW_OPEN} (no window has passed
     *                          yet) or {@code TOO_FEW} (a group is under {@code minGroup}); null
     *                          when there is one
     * @param rateDifference    interval of (return rate treated − compared), null without a verdict
     * @param revenueDifference interval of (revenue per customer treated − compared), null without one
     */
    record Comparison(
            Group treated,
            Group compared,
            int windowDays,
            int minGroup,
            String reason,
            Interval rateDifference,
            Interval revenueDifference) {

        public boolean enoughData() {
            return reason == null;
        }
    }

    /**
     * One group: its size, how many bought in their window, the share that did (with its Wilson
     * interval) and the revenue per customer (those who bought nothing count as zero).
     */
    record Group(
            long customers,
            long returned,
            double returnRate,
            Interval returnRateInterval,
            BigDecimal revenuePerCustomer) {}

    /** A 95 % interval. */
    record Interval(double low, double high) {}
}
