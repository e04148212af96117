package org.clientela.retention.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The calibration/holdout check: a model fitted on the calibration period predicts each
 * customer's repeat purchases in the holdout period that followed; the predictions and the
 * purchases that actually happened are summed by number of calibration repeat purchases
 * (0, 1, … {@value #GROUPS}+), as in Fader, Hardie &amp; Lee's figure 4.
 */
public final class HoldoutCheck {

    /** The last group holds every customer with this many repeat purchases or more. */
    public static final int GROUPS = 7;

    private HoldoutCheck() {}

    /**
     * One group of customers.
     *
     * @param repeatPurchases the calibration repeat purchases of the group (the last group: at least this)
     * @param predicted       mean predicted holdout purchases per customer of the group
     * @param actual          mean actual holdout purchases per customer of the group
     */
    public record Group(int repeatPurchases, long customers, double predicted, double actual) {}

    /**
     * Totals over all customers, the groups, and the week-by-week tracking curve (empty for checks
     * kept before the curve existed, or when none was asked for).
     */
    public record Result(
            double predictedTotal,
            double actualTotal,
            List<Group> groups,
            List<TrackingCurve.Week> weekly,
            int calibrationWeeks) {

        public Result {
            weekly = weekly == null ? List.of() : List.copyOf(weekly);
        }

        /**
         * This result with its tracking curve; {@code lastCalibrationWeek} is the week holding
         * the calibration end.
         */
        public Result withWeekly(List<TrackingCurve.Week> curve, int lastCalibrationWeek) {
            return new Result(predictedTotal, actualTotal, groups, curve, lastCalibrationWeek);
        }
    }

    public static Result compare(CalibrationData data, BgNbdParameters model, double holdoutLength) {
        double[] predictedByRow = new double[data.rows];
        IntStream.range(0, data.rows)
                .parallel()
                .forEach(i -> predictedByRow[i] =
                        data.weight[i] * model.expectedPurchases(data.x[i], data.tx[i], data.T[i], holdoutLength));
        double[] predicted = new double[GROUPS + 1];
        double[] actual = new double[GROUPS + 1];
        long[] customers = new long[GROUPS + 1];
        for (int i = 0; i < data.rows; i++) {
            int group = Math.min(data.x[i], GROUPS);
            predicted[group] += predictedByRow[i];
            actual[group] += data.later[i];
            customers[group] += (long) data.weight[i];
        }
        List<Group> groups = new ArrayList<>();
        double predictedTotal = 0;
        double actualTotal = 0;
        for (int g = 0; g <= GROUPS; g++) {
            predictedTotal += predicted[g];
            actualTotal += actual[g];
            groups.add(new Group(
                    g,
                    customers[g],
                    customers[g] == 0 ? 0 : predicted[g] / customers[g],
                    customers[g] == 0 ? 0 : actual[g] / customers[g]));
        }
        return new Result(predictedTotal, actualTotal, groups, List.of(), 0);
    }
}
