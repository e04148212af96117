package org.clientela.sales.internal.figures;

import org.clientela.platform.Interval;
import org.clientela.platform.Proportions;

/**
 * A ratio with the count behind it and its 95 % Wilson interval; value and bounds are {@code null}
 * when nothing was counted.
 */
public record Ratio(long numerator, long denominator, Double value, Double low, Double high) {

    public static Ratio of(long numerator, long denominator) {
        if (denominator == 0) {
            return new Ratio(0, 0, null, null, null);
        }
        Interval interval = Proportions.wilson(numerator, denominator);
        return new Ratio(numerator, denominator, (double) numerator / denominator, interval.low(), interval.high());
    }
}
