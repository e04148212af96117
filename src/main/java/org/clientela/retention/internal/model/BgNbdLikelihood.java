package org.clientela.retention.internal.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The BG/NBD log-likelihood of a whole {@link CalibrationData} and its gradient, in the
 * log-parameters (ln r, ln α, ln a, ln b), so that any real vector is a valid model.
 *
 * <p>Made for speed without giving up precision: every term is computed in log space and the two
 * terms of a repeat buyer's likelihood are added with log-sum-exp; the per-x terms
 * ln Γ(r + x) − ln Γ(r) = Σ ln(r + i) (and the same for b and a + b) are cumulative sums
 * computed once per evaluation; ln(α + t) is computed once per distinct time; rows are summed
 * in fixed chunks, in parallel for large data, and the chunks added in order (results do not
 * depend on the number of threads).
 */
final class BgNbdLikelihood {

    private static final int CHUNK = 16_384;

    private final CalibrationData data;
    private final double[] times;
    private final int[] txIndex;
    private final int[] tIndex;
    private final int maxX;

    BgNbdLikelihood(CalibrationData data) {
        this.data = data;
        double[] all = new double[data.rows * 2];
        System.arraycopy(data.tx, 0, all, 0, data.rows);
        System.arraycopy(data.T, 0, all, data.rows, data.rows);
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        times = Arrays.copyOf(all, distinct);
        txIndex = new int[data.rows];
        tIndex = new int[data.rows];
        int max = 0;
        for (int i = 0; i < data.rows; i++) {
            txIndex[i] = Arrays.binarySearch(times, data.tx[i]);
            tIndex[i] = Arrays.binarySearch(times, data.T[i]);
            max = Math.max(max, data.x[i]);
        }
        maxX = max;
    }

    /**
     * The total log-likelihood at {@code logParameters} (ln r, ln α, ln a, ln b); when
     * {@code gradient} is not null it receives the derivatives with respect to those four.
     */
    double value(double[] logParameters, double[] gradient) {
        Terms terms = new Terms(
                Math.exp(logParameters[0]),
                Math.exp(logParameters[1]),
                Math.exp(logParameters[2]),
                Math.exp(logParameters[3]));
        int chunks = (data.rows + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range)
                .forEach(c -> partial[c] = sum(terms, c * CHUNK, Math.min(data.rows, (c + 1) * CHUNK)));
        double[] total = new double[5];
        for (double[] p : partial) {
            for (int k = 0; k < 5; k++) {
                total[k] += p[k];
            }
        }
        if (gradient != null) {
            gradient[0] = total[1] * terms.r;
            gradient[1] = total[2] * terms.alpha;
            gradient[2] = total[3] * terms.a;
            gradient[3] = total[4] * terms.b;
        }
        return total[0];
    }

    private double[] sum(Terms t, int from, int to) {
        double ll = 0;
        double gr = 0;
        double gAlpha = 0;
        double ga = 0;
        double gb = 0;
        int[] xs = data.x;
        double[] w = data.weight;
        for (int i = from; i < to; i++) {
            int x = xs[i];
            double lnT = t.lnAlphaPlus[tIndex[i]];
            double rx = t.r + x;
            double stillActive = -rx * lnT;
            double weight = w[i];
            if (x == 0) {
                ll += weight * (t.rLnAlpha + stillActive);
                gr += weight * (t.lnAlpha - lnT);
                gAlpha += weight * (t.r / t.alpha - t.r * t.invAlphaPlus[tIndex[i]]);
                continue;
            }
            double lnTx = t.lnAlphaPlus[txIndex[i]];
            double droppedOut = t.lnA - t.lnBx1[x] - rx * lnTx;
            double diff = droppedOut - stillActive;
            double e = Math.exp(-Math.abs(diff));
            double logSum = Math.max(stillActive, droppedOut) + Math.log1p(e);
            double wDropped = diff > 0 ? 1 / (1 + e) : e / (1 + e);
            double wActive = 1 - wDropped;
            ll += weight * (t.sumLnR[x] + t.rLnAlpha + t.sumLnB[x] - t.sumLnAB[x] + logSum);
            gr += weight * (t.sumInvR[x] + t.lnAlpha - wActive * lnT - wDropped * lnTx);
            gAlpha += weight
                    * (t.r / t.alpha
                            - rx * (wActive * t.invAlphaPlus[tIndex[i]] + wDropped * t.invAlphaPlus[txIndex[i]]));
            ga += weight * (-t.sumInvAB[x] + wDropped / t.a);
            gb += weight * (t.sumInvB[x] - t.sumInvAB[x] - wDropped * t.invBx1[x]);
        }
        return new double[] {ll, gr, gAlpha, ga, gb};
    }

    /** Everything that depends on the parameters only, computed once per evaluation. */
    private final class Terms {
        final double r;
        final double alpha;
        final double a;
        final double b;
        final double lnAlpha;
        final double rLnAlpha;
        final double lnA;
        final double[] lnAlphaPlus = new double[times.length];
        final double[] invAlphaPlus = new double[times.length];
        final double[] sumLnR = new double[maxX + 1];
        final double[] sumInvR = new double[maxX + 1];
        final double[] sumLnB = new double[maxX + 1];
        final double[] sumInvB = new double[maxX + 1];
        final double[] sumLnAB = new double[maxX + 1];
        final double[] sumInvAB = new double[maxX + 1];
        final double[] lnBx1 = new double[maxX + 1];
        final double[] invBx1 = new double[maxX + 1];

        Terms(double r, double alpha, double a, double b) {
            this.r = r;
            this.alpha = alpha;
            this.a = a;
            this.b = b;
            lnAlpha = Math.log(alpha);
            rLnAlpha = r * lnAlpha;
            lnA = Math.log(a);
            for (int k = 0; k < times.length; k++) {
                lnAlphaPlus[k] = Math.log(alpha + times[k]);
                invAlphaPlus[k] = 1 / (alpha + times[k]);
            }
            for (int x = 1; x <= maxX; x++) {
                int i = x - 1;
                sumLnR[x] = sumLnR[i] + Math.log(r + i);
                sumInvR[x] = sumInvR[i] + 1 / (r + i);
                sumLnB[x] = sumLnB[i] + Math.log(b + i);
                sumInvB[x] = sumInvB[i] + 1 / (b + i);
                sumLnAB[x] = sumLnAB[i] + Math.log(a + b + i);
                sumInvAB[x] = sumInvAB[i] + 1 / (a + b + i);
                lnBx1[x] = Math.log(b + i);
                invBx1[x] = 1 / (b + i);
            }
        }
    }
}
