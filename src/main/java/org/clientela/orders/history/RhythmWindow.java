package org.clientela.orders.history;

import java.time.LocalDate;

/**
 * The periods a {@link Rhythm} compares. Recent: the {@code recentMonths} months up to and
 * including {@code asOf}. Baseline: the {@code baselineMonths} months before the recent ones.
 *
 * @param categoryMonths list only the categories bought in at least this many calendar months of
 *                       the baseline ({@link CategoryRhythm#baselineMonths()}); 0 lists every
 *                       category. A reader that ignores the others says so here, and the order
 *                       lines of customers who cannot have such a category are not read at all.
 */
public record RhythmWindow(LocalDate asOf, int recentMonths, int baselineMonths, int categoryMonths) {

    public RhythmWindow {
        if (recentMonths < 1 || baselineMonths < 1) {
            throw new IllegalArgumentException("months must be positive");
        }
        if (categoryMonths < 0) {
            throw new IllegalArgumentException("categoryMonths must not be negative");
        }
    }

    /** A window that lists every category. */
    public RhythmWindow(LocalDate asOf, int recentMonths, int baselineMonths) {
        this(asOf, recentMonths, baselineMonths, 0);
    }

    /** First day of the recent period. */
    public LocalDate recentFrom() {
        return asOf.minusMonths(recentMonths).plusDays(1);
    }

    /** First day of the baseline period. */
    public LocalDate baselineFrom() {
        return recentFrom().minusMonths(baselineMonths);
    }
}
