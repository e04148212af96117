package org.clientela.retention.internal.risk;

import java.util.Arrays;

/**
 * How well a score ranks: the area under the ROC curve, the chance that a customer who did not buy
 * again scores higher than one who did (ties count half). 0.5 is a coin toss, 1 a perfect ranking.
 */
public final class RocAuc {

    private RocAuc() {}

    /**
     * @param score    the score of each customer (higher = predicted more at risk)
     * @param positive whether each customer did not buy again
     * @return the area, or {@code NaN} when either group is empty
     */
    public static double of(double[] score, boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = score.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        int a = 0;
        int b = 0;
        for (int i = 0; i < score.length; i++) {
            if (positive[i]) {
                pos[a++] = score[i];
            } else {
                neg[b++] = score[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // For each positive, the negatives scored lower count 1 and the ones scored the same count half.
        double wins = 0;
        int below = 0;
        int upTo = 0;
        for (double s : pos) {
            while (below < negatives && neg[below] < s) {
                below++;
            }
            upTo = Math.max(upTo, below);
            while (upTo < negatives && neg[upTo] == s) {
                upTo++;
            }
            wins += below + (upTo - below) / 2.0;
        }
        return wins / ((double) positives * negatives);
    }
}
