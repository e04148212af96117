package org.clientela.sales.internal.figures;

/**
 * One KPI of two groups side by side.
 *
 * @param difference {@code a − b} with its 95 % interval ({@code null}s when a side has no data)
 * @param enoughData whether both sides rest on at least {@link GroupComparison#MIN_SAMPLE} prospects or deals
 * @param verdict    the comparison in one sentence in the reader's language
 */
public record KpiComparison<T>(T a, T b, Difference difference, boolean enoughData, String verdict) {

    /** A difference of two values and its 95 % interval. */
    public record Difference(Double value, Double low, Double high) {

        /** Whether the interval excludes zero, i.e. the data tell which side is higher. */
        public boolean real() {
            return low != null && high != null && (low > 0 || high < 0);
        }
    }
}
