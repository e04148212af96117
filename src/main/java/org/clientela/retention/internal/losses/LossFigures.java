package org.clientela.retention.internal.losses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.clientela.retention.LossReason;

/**
 * The losses that stand (not won back) with {@code lost_on} in a period: how many, why, and what
 * they cost.
 *
 * @param from                   first day of the period
 * @param to                     the day after the period
 * @param count                  standing losses in the period
 * @param avoidable              of those, with an avoidable reason
 * @param wonBack                losses of the period that were won back since (not in {@code count})
 * @param lostRevenue            Σ what each spent in the 12 months before being lost
 * @param lostLifetimeValue      Σ expected lifetime values, over the losses that have one
 * @param withoutLifetimeValue   losses recorded before any model was fitted (no lifetime value)
 * @param byReason               per reason, every reason present (zeros included), in enum order
 * @param byMonth                per calendar month of the period, oldest first, zeros included
 */
public record LossFigures(
        LocalDate from,
        LocalDate to,
        long count,
        long avoidable,
        long wonBack,
        BigDecimal lostRevenue,
        BigDecimal lostLifetimeValue,
        long withoutLifetimeValue,
        Map<LossReason, Tally> byReason,
        List<MonthTally> byMonth,
        String currency) {

    public long unavoidable() {
        return count - avoidable;
    }

    /** Share of the losses with an avoidable reason, 0–1 (0 without losses). */
    public double avoidableShare() {
        return count == 0 ? 0 : (double) avoidable / count;
    }

    public boolean isEmpty() {
        return count == 0 && wonBack == 0;
    }

    public record Tally(long count, BigDecimal lostRevenue) {

        public double shareOf(long total) {
            return total == 0 ? 0 : (double) count / total;
        }
    }

    public record MonthTally(YearMonth month, long count, BigDecimal lostRevenue) {}
}
