package org.clientela.retention.internal.model;

/**
 * The four numbers of a fitted BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your
 * customers the easy way"), with time in the unit the model was fitted in (weeks by default).
 * While active, a customer buys at a rate λ that varies across customers as Gamma(shape r,
 * rate α), so r/α purchases per unit of time on average (with r &lt; 1 a few frequent buyers pull
 * that mean far above the typical customer's rate, the median); after each repeat purchase the
 * customer stops for good with a probability p that varies as Beta(a, b), so a/(a + b) on average
 * (not after the first: a customer who never bought again is alive in this model).
 *
 * <p>A customer's history is {@code x} repeat purchases (purchase days after the first), the last
 * one {@code tx} after the first purchase, observed for {@code T} since the first purchase.
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    /** Below this distance from 1, formulas with a − 1 in a denominator are evaluated around it. */
    private static final double NEAR_ONE = 1e-4;

    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || Double.isInfinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive and finite");
        }
    }

    /** Mean purchase rate of active customers, per unit of time (r/α). */
    public double meanPurchaseRate() {
        return r / alpha;
    }

    /**
     * The purchase rate of the typical active customer: the median of Gamma(r, α), per unit of
     * time. With r &lt; 1 far below the mean r/α, which a few very frequent buyers pull up.
     */
    public double medianPurchaseRate() {
        return GammaDistribution.median(r, 1 / alpha);
    }

    /** The purchase rate that a share {@code probability} of active customers stay below, per unit of time. */
    public double purchaseRateQuantile(double probability) {
        return GammaDistribution.quantile(r, 1 / alpha, probability);
    }

    /** Mean probability of dropping out after a (repeat) purchase (a/(a+b)). */
    public double meanDropoutProbability() {
        return a / (a + b);
    }

    /** Log-likelihood of one history, computed in log space (log-sum-exp of its two terms). */
    public double logLikelihood(int x, double tx, double T) {
        double common = SpecialFunctions.lnGamma(r + x)
                - SpecialFunctions.lnGamma(r)
                + r * Math.log(alpha)
                + SpecialFunctions.lnGamma(a + b)
                + SpecialFunctions.lnGamma(b + x)
                - SpecialFunctions.lnGamma(b)
                - SpecialFunctions.lnGamma(a + b + x);
        double stillActive = -(r + x) * Math.log(alpha + T);
        if (x == 0) {
            return common + stillActive;
        }
        double droppedOut = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return common + logSumExp(stillActive, droppedOut);
    }

    /**
     * Probability that the customer is still active at {@code T}: 1 for a customer who has not
     * bought again ({@code x = 0}), since in this model people stop only right after a purchase.
     */
    public double probabilityAlive(int x, double tx, double T) {
        check(x, tx, T);
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
        // 1 / (1 + e^L), without overflow for large L.
        return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
    }

    /**
     * Expected purchases in the next {@code t} for a customer with this history (FHL 2005,
     * equation 10).
     */
    public double expectedPurchases(int x, double tx, double T, double t) {
        check(x, tx, T);
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("The horizon must be finite and not negative");
        }
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            return (withA(1 - 2 * NEAR_ONE).expectedPurchases(x, tx, T, t)
                            + withA(1 + 2 * NEAR_ONE).expectedPurchases(x, tx, T, t))
                    / 2;
        }
        double z = t / (alpha + T + t);
        double hyper = Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
        double bracket = 1 - Math.exp((r + x) * Math.log1p(-z)) * hyper;
        double value = (a + b + x - 1) / (a - 1) * bracket * probabilityAlive(x, tx, T);
        return finiteOrFail(value);
    }

    /** Expected purchases in a period of length {@code t} by a customer who just made a first purchase. */
    public double expectedPurchases(double t) {
        if (!(t >= 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("The horizon must be finite and not negative");
        }
        if (t == 0) {
            return 0;
        }
        if (Math.abs(a - 1) < NEAR_ONE) {
            return (withA(1 - 2 * NEAR_ONE).expectedPurchases(t)
                            + withA(1 + 2 * NEAR_ONE).expectedPurchases(t))
                    / 2;
        }
        double z = t / (alpha + t);
        double hyper = Hypergeometric.f21(r, b, a + b - 1, z);
        double value = (a + b - 1) / (a - 1) * (1 - Math.exp(r * Math.log1p(-z)) * hyper);
        return finiteOrFail(value);
    }

    private BgNbdParameters withA(double newA) {
        return new BgNbdParameters(r, alpha, newA, b);
    }

    static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log1p(Math.exp(-Math.abs(u - v)));
    }

    private static void check(int x, double tx, double T) {
        if (x < 0 || !(tx >= 0) || !(T >= tx) || Double.isInfinite(T)) {
            throw new IllegalArgumentException("A history needs x >= 0 and 0 <= tx <= T: " + x + ", " + tx + ", " + T);
        }
        if (x > 0 && tx == 0 && T == 0) {
            throw new IllegalArgumentException("Repeat purchases need time after the first one");
        }
    }

    private static double finiteOrFail(double value) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException("The expectation could not be computed to full precision");
        }
        return Math.max(0, value);
    }
}
