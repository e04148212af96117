package org.clientela.retention.internal.model;

/**
 * Quantiles of a gamma distribution, for the words of the model page. Both models describe how
 * customers differ with a gamma distribution (the buying rate λ in BG/NBD, the spend parameter ν
 * in Gamma-Gamma), and with a shape below 1 it is so skewed that its mean describes almost
 * nobody: the typical customer is its median. There is no closed form, so the quantile is found
 * by bisection on the distribution function {@link SpecialFunctions#regularizedLowerGamma},
 * on a logarithmic scale (with a small shape the median can be many orders of magnitude below
 * the mean).
 */
public final class GammaDistribution {

    private static final int STEPS = 200;

    private GammaDistribution() {}

    /** The median of Gamma(shape, scale): the value with half of the distribution below it. */
    public static double median(double shape, double scale) {
        return quantile(shape, scale, 0.5);
    }

    /**
     * The value below which a share {@code probability} of Gamma(shape, scale) lies.
     *
     * @param probability strictly between 0 and 1
     */
    public static double quantile(double shape, double scale, double probability) {
        if (!(shape > 0 && scale > 0) || Double.isInfinite(shape + scale)) {
            throw new IllegalArgumentException("A gamma distribution needs a positive, finite shape and scale");
        }
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("A quantile needs a probability between 0 and 1, got " + probability);
        }
        // The bracket [e^lo, e^hi] of the standard quantile: P grows with x, from 0 to 1.
        double lo = Math.log(Double.MIN_NORMAL);
        double hi = Math.log(Math.max(1, shape));
        while (SpecialFunctions.regularizedLowerGamma(shape, Math.exp(hi)) < probability) {
            lo = hi;
            hi += Math.max(1, hi);
        }
        for (int i = 0; i < STEPS && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (SpecialFunctions.regularizedLowerGamma(shape, Math.exp(mid)) < probability) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp((lo + hi) / 2) * scale;
    }
}
