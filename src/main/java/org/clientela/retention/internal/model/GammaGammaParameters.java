package org.clientela.retention.internal.model;

/**
 * The three numbers of a fitted Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and
 * CLV"; Hardie's note 025): the spend of each of a customer's purchases is Gamma(shape p, rate
 * ν), so the customer's own mean is p/ν; ν varies across customers as Gamma(shape q, rate γ).
 * The mean spend per purchase across customers is pγ/(q − 1) (finite only when q &gt; 1).
 */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        if (!(p > 0 && q > 0 && gamma > 0) || Double.isInfinite(p + q + gamma)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite");
        }
    }

    /** Mean spend per purchase across all customers, or NaN when q ≤ 1 (no finite mean). */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.NaN;
    }

    /**
     * The typical customer's mean spend per purchase: the median across customers of p/ν, which
     * is p divided by the median of ν ~ Gamma(q, rate γ). Finite whatever q, unlike the mean.
     */
    public double medianSpend() {
        return p / GammaDistribution.median(q, 1 / gamma);
    }

    /**
     * Expected spend of the customer's future purchases: a weighted mean of the population mean
     * and the customer's own mean over {@code x} repeat purchases, the customer's weight growing
     * with x. Without a finite population mean (q ≤ 1) the customer's own mean is used, and a
     * customer without repeat purchases then has no estimate (0).
     */
    public double expectedSpend(int x, double meanSpend) {
        if (x < 0 || !(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
            throw new IllegalArgumentException("A spend history needs x >= 0 and a finite mean spend");
        }
        if (q <= 1) {
            return x > 0 ? meanSpend : 0;
        }
        if (x == 0) {
            return populationMeanSpend();
        }
        return p * (gamma + x * meanSpend) / (p * x + q - 1);
    }

    /** Log-likelihood of one customer's mean spend over x &gt; 0 repeat purchases. */
    public double logLikelihood(int x, double meanSpend) {
        double px = p * x;
        return SpecialFunctions.lnGamma(px + q)
                - SpecialFunctions.lnGamma(px)
                - SpecialFunctions.lnGamma(q)
                + q * Math.log(gamma)
                + (px - 1) * Math.log(meanSpend)
                + px * Math.log(x)
                - (px + q) * Math.log(gamma + x * meanSpend);
    }
}
