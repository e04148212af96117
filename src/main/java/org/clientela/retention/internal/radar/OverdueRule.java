package org.clientela.retention.internal.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientela.orders.history.Rhythm;
import org.clientela.retention.SignalKind;

/**
 * OVERDUE: a regular order is late against the customer's own rhythm, not against one number for
 * everybody (a weekly buyer is late after three weeks, a quarterly one is not). It fires when the
 * days since the last order pass both the customer's 90th percentile interval (so their own usual
 * irregularity is allowed for) and {@code overdueMedianFactor} times their median interval (so a
 * very steady buyer is not flagged for being one day late). A customer with fewer than
 * {@code overdueMinIntervals} intervals has no known rhythm and is never overdue.
 *
 * <p>Money at stake: what the customer spent in the year up to their last order.
 */
final class OverdueRule {

    static final String MESSAGE = "retention.signal.overdue";

    private final RadarSettings settings;

    OverdueRule(RadarSettings settings) {
        this.settings = settings;
    }

    Optional<Finding> judge(Rhythm rhythm, LocalDate asOf) {
        List<Integer> gaps = rhythm.gaps();
        if (gaps.size() < settings.overdueMinIntervals()) {
            return Optional.empty();
        }
        double median = Intervals.median(gaps);
        long limit = Math.max(Intervals.percentile(gaps, 90), Math.round(median * settings.overdueMedianFactor()));
        long since = rhythm.daysSinceLast(asOf);
        if (since <= limit) {
            return Optional.empty();
        }
        long months = Math.max(
                1, Math.round((rhythm.lastDay().toEpochDay() - rhythm.firstDay().toEpochDay()) / 30.44));
        return Optional.of(new Finding(
                SignalKind.OVERDUE,
                Finding.NO_CATEGORY,
                MESSAGE,
                List.of(
                        Finding.number(Math.round(median)),
                        Finding.number(months),
                        Finding.number(since),
                        Finding.number(limit)),
                rhythm.yearAmount()));
    }
}
