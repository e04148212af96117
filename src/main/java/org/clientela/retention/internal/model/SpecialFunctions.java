package org.clientela.retention.internal.model;

/**
 * The gamma-function family the spend model needs: {@code ln Γ} (Lanczos, about 15 significant
 * digits for positive arguments) and the digamma function ψ = (ln Γ)′.
 */
final class SpecialFunctions {

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double HALF_LN_TWO_PI = 0.91893853320467274178;

    private SpecialFunctions() {
    }

    /** ln Γ(x) for x &gt; 0. */
    static double lnGamma(double x) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        if (x < 0.5) {
            // Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in its accurate range.
            return lnGamma(x + 1) - Math.log(x);
        }
        double y = x - 1;
        double sum = LANCZOS[0];
        double t = y + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        return HALF_LN_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** ψ(x) for x &gt; 0: recurrence up to 10, then the asymptotic series (absolute error about 1e-13). */
    static double digamma(double x) {
        if (!(x > 0)) {
            return Double.NaN;
        }
        double result = 0;
        while (x < 10) {
            result -= 1 / x;
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        return result + Math.log(x) - 0.5 * inv
                - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
    }
}
