package org.clientela.retention.internal.model;

/**
 * The gamma-function family the models need: {@code ln Γ} (Lanczos, about 15 significant digits
 * for positive arguments), the digamma function ψ = (ln Γ)′ and the regularised lower incomplete
 * gamma function P(s, x), the distribution function of a gamma distribution.
 */
final class SpecialFunctions {

    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };
    private static final double HALF_LN_TWO_PI = 0.91893853320467274178;

    private SpecialFunctions() {}

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
        return result
                + Math.log(x)
                - 0.5 * inv
                - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
    }

    /**
     * The regularised lower incomplete gamma function P(s, x) = γ(s, x)/Γ(s) for s &gt; 0: the
     * probability that a Gamma(shape s, scale 1) variable is at most x. The power series below
     * x = s + 1, the continued fraction for 1 − P above it (both as in Numerical Recipes, §6.2),
     * to a relative error of about 1e-15.
     */
    static double regularizedLowerGamma(double s, double x) {
        if (!(s > 0) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double logPrefix = -x + s * Math.log(x) - lnGamma(s);
        if (x < s + 1) {
            double term = 1 / s;
            double sum = term;
            for (int n = 1; n < 10_000; n++) {
                term *= x / (s + n);
                sum += term;
                if (term < sum * 1e-16) {
                    break;
                }
            }
            return Math.min(1, sum * Math.exp(logPrefix));
        }
        double tiny = 1e-300;
        double b = x + 1 - s;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000; i++) {
            double an = -i * (i - s);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.max(0, 1 - Math.exp(logPrefix) * h);
    }
}
