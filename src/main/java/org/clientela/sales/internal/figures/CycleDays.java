package org.clientela.sales.internal.figures;

import org.clientela.platform.Bootstrap;
import org.clientela.platform.Interval;

/**
 * Days from the first conversation to the win, over won deals: median, mean, the bootstrap 95 %
 * interval of the mean and how many deals; {@code null}s when there are none.
 */
public record CycleDays(Double median, Double mean, Double low, Double high, int n) {

    public static CycleDays of(double[] days) {
        if (days.length == 0) {
            return new CycleDays(null, null, null, null, 0);
        }
        Interval interval = Bootstrap.mean(days);
        return new CycleDays(
                round(Bootstrap.middle(days)),
                round(Bootstrap.average(days)),
                round(interval.low()),
                round(interval.high()),
                days.length);
    }

    private static double round(double days) {
        return Math.round(days * 10) / 10.0;
    }
}
