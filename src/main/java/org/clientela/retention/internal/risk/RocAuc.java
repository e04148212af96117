package org.clientela.retention.internal.risk;

import java.util.Arrays;

/**
 * How well a score ranks: the area under the ROC curve, the chance that a customer who did not buy
 * again scores higher than one who did (ties count half). 0.5 is a coin toss, 1 a perfect ranking.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * @param score    the score of each customer (higher = predicted more at risk)
     * @param positive whether each customer did not buy again
     * @return the area, or {@code NaN} when either group is empty
     */
    public static double of(double[] score, boolean[] positive) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
