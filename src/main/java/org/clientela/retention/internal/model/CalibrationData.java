package org.clientela.retention.internal.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The customer histories a model is fitted on, held compactly: identical (x, tx, T) histories —
 * common when times are whole days — become one row with a weight, and the spend histories of
 * repeat buyers (x, mean spend) are kept as two arrays. A million customers fit in a few tens of
 * megabytes.
 */
public final class CalibrationData {

    final int[] x;
    final double[] tx;
    final double[] T;
    final double[] weight;
    /** Purchases after the calibration period, summed over the row's customers (holdout checks). */
    final double[] later;

    final int rows;
    final long customers;
    final long repeatPurchases;
    final int[] spendX;
    final double[] spendMean;
    final int spendRows;

    private CalibrationData(
            int[] x, double[] tx, double[] T, double[] weight, double[] later, long customers, long repeatPurchases) {
        this.x = x;
        this.tx = tx;
        this.T = T;
        this.weight = weight;
        this.later = later;
        this.rows = x.length;
        this.customers = customers;
        this.repeatPurchases = repeatPurchases;
        this.spendX = new int[0];
        this.spendMean = new double[0];
        this.spendRows = 0;
    }

    /**
     * Every k-th distinct history with its weight multiplied by k, about {@code maxRows} of them:
     * a cheap stand-in for the whole data to find where the optimum lies (histories are in no
     * particular order, so the choice is not biased by x or time). Spend histories are not kept.
     */
    CalibrationData sample(int maxRows) {
        if (rows <= maxRows) {
            return this;
        }
        int step = (rows + maxRows - 1) / maxRows;
        int n = (rows + step - 1) / step;
        int[] sx = new int[n];
        double[] stx = new double[n];
        double[] sT = new double[n];
        double[] sw = new double[n];
        double[] sl = new double[n];
        double total = 0;
        for (int i = 0, j = 0; i < rows; i += step, j++) {
            sx[j] = x[i];
            stx[j] = tx[i];
            sT[j] = T[i];
            sw[j] = weight[i] * step;
            sl[j] = later[i] * step;
            total += sw[j];
        }
        return new CalibrationData(sx, stx, sT, sw, sl, Math.round(total), repeatPurchases);
    }

    private CalibrationData(Builder builder) {
        rows = builder.index.size();
        x = new int[rows];
        tx = new double[rows];
        T = new double[rows];
        weight = new double[rows];
        later = new double[rows];
        int i = 0;
        for (Map.Entry<History, long[]> entry : builder.index.entrySet()) {
            x[i] = entry.getKey().x;
            tx[i] = entry.getKey().tx;
            T[i] = entry.getKey().T;
            weight[i] = entry.getValue()[0];
            later[i] = entry.getValue()[1];
            i++;
        }
        customers = builder.customers;
        repeatPurchases = builder.repeatPurchases;
        spendRows = builder.spendRows;
        spendX = Arrays.copyOf(builder.spendX, spendRows);
        spendMean = Arrays.copyOf(builder.spendMean, spendRows);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Customers in the data. */
    public long customers() {
        return customers;
    }

    /** Repeat purchases (Σ x) of all customers. */
    public long repeatPurchases() {
        return repeatPurchases;
    }

    /** Distinct histories (rows the likelihood sums over). */
    public int distinctHistories() {
        return rows;
    }

    /** Repeat buyers with a positive mean spend (the spend model's data). */
    public int spendHistories() {
        return spendRows;
    }

    private record History(int x, double tx, double T) {}

    /** Collects histories one customer at a time; not thread-safe. */
    public static final class Builder {

        private final Map<History, long[]> index = new HashMap<>();
        private long customers;
        private long repeatPurchases;
        private int[] spendX = new int[1024];
        private double[] spendMean = new double[1024];
        private int spendRows;

        /**
         * Adds one customer.
         *
         * @param x         repeat purchases
         * @param tx        time from the first purchase to the last
         * @param T         time from the first purchase to the end of the calibration period
         * @param meanSpend mean spend of the repeat purchases (ignored when x = 0 or not positive)
         */
        public Builder add(int x, double tx, double T, double meanSpend) {
            return add(x, tx, T, meanSpend, 0);
        }

        /**
         * Adds one customer with the purchases made after the calibration period, for a
         * calibration/holdout check.
         */
        public Builder add(int x, double tx, double T, double meanSpend, int laterPurchases) {
            if (x < 0 || !(tx >= 0) || !(T >= tx) || Double.isInfinite(T) || (x == 0 && tx != 0)) {
                throw new IllegalArgumentException("Not a history: x=" + x + ", tx=" + tx + ", T=" + T);
            }
            long[] counts = index.computeIfAbsent(new History(x, tx, T), k -> new long[2]);
            counts[0]++;
            counts[1] += laterPurchases;
            customers++;
            repeatPurchases += x;
            if (x > 0 && meanSpend > 0 && Double.isFinite(meanSpend)) {
                if (spendRows == spendX.length) {
                    spendX = Arrays.copyOf(spendX, spendRows * 2);
                    spendMean = Arrays.copyOf(spendMean, spendRows * 2);
                }
                spendX[spendRows] = x;
                spendMean[spendRows] = meanSpend;
                spendRows++;
            }
            return this;
        }

        public CalibrationData build() {
            return new CalibrationData(this);
        }
    }
}
