package org.clientela.retention.internal.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The Gamma-Gamma log-likelihood of the repeat buyers' mean spends and its gradient in
 * (ln p, ln q, ln γ). The gamma-function terms depend on x only and are computed once per
 * distinct x; each customer then costs one logarithm and one division per evaluation.
 */
final class GammaGammaLikelihood {

    private static final int CHUNK = 16_384;

    private final int[] x;
    private final double[] mean;
    private final int rows;
    private final int[] distinctX;
    private final double[] countOfX;
    private final double[] sumLnMeanOfX;

    GammaGammaLikelihood(CalibrationData data) {
        this(data, 1);
    }

    /** Every {@code step}-th repeat buyer only: a stand-in for all of them while searching from many starts. */
    GammaGammaLikelihood(CalibrationData data, int step) {
        if (step == 1) {
            x = data.spendX;
            mean = data.spendMean;
            rows = data.spendRows;
        } else {
            rows = (data.spendRows + step - 1) / step;
            x = new int[rows];
            mean = new double[rows];
            for (int i = 0; i < rows; i++) {
                x[i] = data.spendX[i * step];
                mean[i] = data.spendMean[i * step];
            }
        }
        int max = Arrays.stream(x, 0, rows).max().orElse(0);
        double[] count = new double[max + 1];
        double[] sumLn = new double[max + 1];
        for (int i = 0; i < rows; i++) {
            count[x[i]]++;
            sumLn[x[i]] += Math.log(mean[i]);
        }
        distinctX = IntStream.rangeClosed(1, max).filter(k -> count[k] > 0).toArray();
        countOfX = Arrays.stream(distinctX).mapToDouble(k -> count[k]).toArray();
        sumLnMeanOfX = Arrays.stream(distinctX).mapToDouble(k -> sumLn[k]).toArray();
    }

    int rows() {
        return rows;
    }

    double meanSpend() {
        return Arrays.stream(mean, 0, rows).average().orElse(Double.NaN);
    }

    double value(double[] logParameters, double[] gradient) {
        double p = Math.exp(logParameters[0]);
        double q = Math.exp(logParameters[1]);
        double gamma = Math.exp(logParameters[2]);
        double lnGammaQ = SpecialFunctions.lnGamma(q);
        double psiQ = SpecialFunctions.digamma(q);
        double lnG = Math.log(gamma);
        double ll = 0;
        double gp = 0;
        double gq = 0;
        double gg = 0;
        for (int k = 0; k < distinctX.length; k++) {
            int xk = distinctX[k];
            double px = p * xk;
            double n = countOfX[k];
            double lnX = Math.log(xk);
            ll += n * (SpecialFunctions.lnGamma(px + q) - SpecialFunctions.lnGamma(px) - lnGammaQ + q * lnG + px * lnX)
                    + (px - 1) * sumLnMeanOfX[k];
            double psiSum = SpecialFunctions.digamma(px + q);
            gp += n * xk * (psiSum - SpecialFunctions.digamma(px) + lnX) + xk * sumLnMeanOfX[k];
            gq += n * (psiSum - psiQ + lnG);
            gg += n * q / gamma;
        }
        int chunks = (rows + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range)
                .forEach(c -> partial[c] = rowSums(gamma, c * CHUNK, Math.min(rows, (c + 1) * CHUNK)));
        double sumLn = 0;
        double sumXLn = 0;
        double sumInv = 0;
        double sumXInv = 0;
        for (double[] s : partial) {
            sumLn += s[0];
            sumXLn += s[1];
            sumInv += s[2];
            sumXInv += s[3];
        }
        ll -= p * sumXLn + q * sumLn;
        gp -= sumXLn;
        gq -= sumLn;
        gg -= p * sumXInv + q * sumInv;
        if (gradient != null) {
            gradient[0] = gp * p;
            gradient[1] = gq * q;
            gradient[2] = gg * gamma;
        }
        return ll;
    }

    private double[] rowSums(double gamma, int from, int to) {
        double sumLn = 0;
        double sumXLn = 0;
        double sumInv = 0;
        double sumXInv = 0;
        for (int i = from; i < to; i++) {
            double denominator = gamma + x[i] * mean[i];
            double ln = Math.log(denominator);
            double inv = 1 / denominator;
            sumLn += ln;
            sumXLn += x[i] * ln;
            sumInv += inv;
            sumXInv += x[i] * inv;
        }
        return new double[] {sumLn, sumXLn, sumInv, sumXInv};
    }
}
