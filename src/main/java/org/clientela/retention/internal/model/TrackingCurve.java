package org.clientela.retention.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tracking chart of the customer-base literature (Fader, Hardie &amp; Lee 2005, figure 3):
 * the repeat purchases of the whole cohort week by week, predicted against actual, from the week
 * of the earliest first purchase to the end of the holdout period.
 *
 * <p>Days are counted from the earliest first purchase (day 0); week {@code w} holds days
 * {@code 7(w−1) … 7w−1}. A customer whose first purchase was on day {@code f} has made, by the
 * end of day {@code d}, the repeat purchases of time {@code d − f}. Up to the calibration end each
 * week's prediction is the unconditional expectation {@code E[X(t)]} summed over customers from
 * their own first purchase (the model's description of a new customer, what the fit learnt);
 * after it, each customer's conditional expectation given their calibration history,
 * {@code E[X(t_end) | x, t_x, T] − E[X(t_start) | x, t_x, T]} — so the holdout weeks add up to
 * exactly the check's predicted total.
 */
public final class TrackingCurve {

    private TrackingCurve() {}

    /**
     * One week of the chart.
     *
     * @param week                weeks since the earliest first purchase, from 1
     * @param predicted           expected repeat purchases of the cohort in the week
     * @param actual              repeat purchase days of the cohort in the week
     * @param cumulativePredicted predicted repeat purchases from week 1 up to this week
     * @param cumulativeActual    actual repeat purchases from week 1 up to this week
     */
    public record Week(
            int week, double predicted, double actual, double cumulativePredicted, double cumulativeActual) {}

    /**
     * The weeks from 1 to the week holding {@code holdoutEnd}.
     *
     * @param model          the fit on the calibration period
     * @param data           the calibration histories of the cohort (for the conditional part)
     * @param daysPerUnit    days in the model's unit of time
     * @param firstPurchases customers by day of first purchase, index = day (0 … calibrationEnd)
     * @param repeatDays     repeat purchase days of the cohort by day, index = day (0 … holdoutEnd)
     * @param calibrationEnd the last day of the calibration period (≥ 0)
     * @param holdoutEnd     the last day of the holdout period (&gt; calibrationEnd)
     */
    public static List<Week> weekly(
            BgNbdParameters model,
            CalibrationData data,
            double daysPerUnit,
            long[] firstPurchases,
            long[] repeatDays,
            int calibrationEnd,
            int holdoutEnd) {
        if (calibrationEnd < 0 || holdoutEnd <= calibrationEnd) {
            throw new IllegalArgumentException(
                    "The holdout must end after the calibration: " + calibrationEnd + ", " + holdoutEnd);
        }
        int weeks = holdoutEnd / 7 + 1;
        // E[X(d days)] for a new customer, d = 0 … calibrationEnd.
        double[] fresh = new double[calibrationEnd + 1];
        IntStream.rangeClosed(0, calibrationEnd)
                .parallel()
                .forEach(d -> fresh[d] = model.expectedPurchases(d / daysPerUnit));
        double[] predicted = new double[weeks];
        double[] actual = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            int start = 7 * w;
            int end = Math.min(7 * w + 6, holdoutEnd);
            if (start <= calibrationEnd) {
                predicted[w] += cohortUpTo(Math.min(end, calibrationEnd), fresh, firstPurchases)
                        - cohortUpTo(start - 1, fresh, firstPurchases);
            }
            for (int d = start; d <= end && d < repeatDays.length; d++) {
                actual[w] += repeatDays[d];
            }
        }
        addHoldout(model, data, daysPerUnit, calibrationEnd, holdoutEnd, predicted);
        List<Week> result = new ArrayList<>(weeks);
        double sumPredicted = 0;
        double sumActual = 0;
        for (int w = 0; w < weeks; w++) {
            sumPredicted += predicted[w];
            sumActual += actual[w];
            result.add(new Week(w + 1, predicted[w], actual[w], sumPredicted, sumActual));
        }
        return result;
    }

    /** The number (from 1) of the week holding {@code day}. */
    public static int weekOf(long day) {
        return (int) (day / 7) + 1;
    }

    /** Expected repeat purchases of the cohort by the end of {@code day}, from each first purchase. */
    private static double cohortUpTo(int day, double[] fresh, long[] firstPurchases) {
        double sum = 0;
        for (int f = 0; f <= day && f < firstPurchases.length; f++) {
            if (firstPurchases[f] != 0) {
                sum += firstPurchases[f] * fresh[day - f];
            }
        }
        return sum;
    }

    /**
     * Adds the conditional expectation of the holdout part of each week: for each distinct
     * history, the expected purchases by the end of each week after the calibration end, differenced.
     */
    private static void addHoldout(
            BgNbdParameters model,
            CalibrationData data,
            double daysPerUnit,
            int calibrationEnd,
            int holdoutEnd,
            double[] predicted) {
        int firstWeek = calibrationEnd / 7;
        int lastWeek = holdoutEnd / 7;
        int n = lastWeek - firstWeek + 1;
        // Days after the calibration end at the end of each holdout week (the last one clipped).
        double[] ends = new double[n];
        for (int k = 0; k < n; k++) {
            ends[k] = (Math.min(7 * (firstWeek + k) + 6, holdoutEnd) - calibrationEnd) / daysPerUnit;
        }
        double[] byWeek = IntStream.range(0, data.rows)
                .parallel()
                .mapToObj(i -> {
                    double[] mine = new double[n];
                    double before = 0;
                    for (int k = 0; k < n; k++) {
                        double upTo = model.expectedPurchases(data.x[i], data.tx[i], data.T[i], ends[k]);
                        mine[k] = data.weight[i] * (upTo - before);
                        before = upTo;
                    }
                    return mine;
                })
                .reduce(new double[n], (u, v) -> {
                    double[] sum = new double[n];
                    for (int k = 0; k < n; k++) {
                        sum[k] = u[k] + v[k];
                    }
                    return sum;
                });
        for (int k = 0; k < n; k++) {
            predicted[firstWeek + k] += byWeek[k];
        }
    }
}
