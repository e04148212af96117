package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GammaDistributionTests {

    /** Reference values computed independently with mpmath's gammainc(s, 0, x, regularized=True) at 30 digits. */
    @ParameterizedTest
    @CsvSource({
        "0.243, 0.01, 0.359027048110570746801702771562",
        "0.243, 1, 0.934307984166657588243058767316",
        "0.5, 1, 0.842700792949714869341220635083",
        "3, 2, 0.323323583816936540530002525138",
        "20, 25, 0.866425165914349594320747956943",
        "0.05, 1e-8, 0.408942399583405591745458238096",
        "2.5, 10, 0.998750269436968624588148934747"
    })
    void theDistributionFunctionAgreesWithAnIndependentImplementation(double s, double x, double expected) {
        assertThat(SpecialFunctions.regularizedLowerGamma(s, x)).isCloseTo(expected, within(expected * 1e-13));
    }

    @Test
    void theDistributionFunctionAgreesWithClosedForms() {
        for (double x : new double[] {1e-6, 0.1, 0.9, 1, 2, 7.5, 30}) {
            assertThat(SpecialFunctions.regularizedLowerGamma(1, x)).isCloseTo(-Math.expm1(-x), within(1e-14));
            assertThat(SpecialFunctions.regularizedLowerGamma(2, x))
                    .isCloseTo(1 - Math.exp(-x) * (1 + x), within(1e-14));
        }
        assertThat(SpecialFunctions.regularizedLowerGamma(0.7, 0)).isZero();
        assertThat(SpecialFunctions.regularizedLowerGamma(0.7, Double.POSITIVE_INFINITY))
                .isEqualTo(1);
    }

    /** With shape 1 the gamma is the exponential distribution: its median is ln 2 times the scale. */
    @Test
    void theMedianOfAnExponentialIsLnTwoTimesTheScale() {
        for (double scale : new double[] {1e-3, 0.2265, 1, 7, 1e4}) {
            assertThat(GammaDistribution.median(1, scale)).isCloseTo(Math.log(2) * scale, within(1e-14 * scale));
        }
        // and its quantiles are −ln(1 − p) times the scale
        assertThat(GammaDistribution.quantile(1, 3, 0.9)).isCloseTo(-3 * Math.log(0.1), within(1e-13));
        // chi-square with 1 degree of freedom is Gamma(1/2, scale 2): median 0.45493642311957...
        assertThat(GammaDistribution.median(0.5, 2)).isCloseTo(0.454936423119572751942516646, within(1e-14));
    }

    /**
     * Shape 0.243 (the CDNOW buying rate): the median found by the code cuts the density in two
     * halves, checked by integrating the density numerically, not with the code under test.
     * Substituting x = u^(1/s) removes the singularity at 0:
     * ∫₀ᵐ x^(s−1) e^(−x) dx = (1/s) ∫₀^(mˢ) exp(−u^(1/s)) du.
     */
    @Test
    void theMedianOfASkewedGammaHalvesItsDensity() {
        double s = 0.243;
        double median = GammaDistribution.median(s, 1);
        DoubleUnaryOperator integrand = u -> Math.exp(-Math.pow(u, 1 / s));
        double below = simpson(integrand, 0, Math.pow(median, s), 20_000);
        double all = simpson(integrand, 0, 4, 80_000); // exp(−4^(1/0.243)) ≈ e^−300: the rest is nothing
        assertThat(below / all).isCloseTo(0.5, within(1e-9));
        // mpmath, 30 digits: 0.0400260819805718460869108044395
        assertThat(median).isCloseTo(0.0400260819805718460869, within(1e-15));
        // a sixth of the mean (0.243): the typical customer is far from the average one
        assertThat(median / s).isLessThan(1.0 / 6);
    }

    @Test
    void everyQuantileGivesBackItsProbability() {
        for (double shape : new double[] {0.05, 0.243, 0.5, 1, 3.74, 20, 400}) {
            for (double p : new double[] {0.01, 0.1, 0.5, 0.9, 0.999}) {
                double x = GammaDistribution.quantile(shape, 1, p);
                assertThat(SpecialFunctions.regularizedLowerGamma(shape, x))
                        .as("P(%s, q(%s))", shape, p)
                        .isCloseTo(p, within(1e-12));
                assertThat(GammaDistribution.quantile(shape, 2.5, p)).isCloseTo(2.5 * x, within(1e-12 * x));
            }
        }
        // mpmath: the 0.9 quantile of Gamma(0.243, 1) is 0.730760217785846607719
        assertThat(GammaDistribution.quantile(0.243, 1, 0.9)).isCloseTo(0.730760217785846607719, within(1e-14));
    }

    @Test
    void refusesWhatIsNotADistributionOrAProbability() {
        assertThatThrownBy(() -> GammaDistribution.median(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GammaDistribution.median(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GammaDistribution.quantile(1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GammaDistribution.quantile(1, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The models' typical customer: on the CDNOW fit (r = 0.243, α = 4.414 a week) the mean rate
     * is once every 127 days, the median once every 772 days; the typical spend is the median of
     * p/ν, so ν at the median spend splits Gamma(q, rate γ) in two.
     */
    @Test
    void theModelsTypicalCustomer() {
        BgNbdParameters bg = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        assertThat(7 / bg.meanPurchaseRate()).isCloseTo(127.15, within(0.01));
        assertThat(bg.medianPurchaseRate()).isCloseTo(0.0400260819805718460869 / 4.414, within(1e-15));
        assertThat(7 / bg.medianPurchaseRate()).isCloseTo(771.9, within(0.1));
        assertThat(bg.purchaseRateQuantile(0.9)).isCloseTo(0.730760217785846607719 / 4.414, within(1e-14));

        GammaGammaParameters gg = new GammaGammaParameters(6.25, 3.74, 15.44);
        double typical = gg.medianSpend();
        assertThat(SpecialFunctions.regularizedLowerGamma(3.74, 15.44 * 6.25 / typical))
                .isCloseTo(0.5, within(1e-12));
        assertThat(typical).isLessThan(gg.populationMeanSpend());
        assertThat(new GammaGammaParameters(6.25, 0.8, 15.44).medianSpend())
                .isFinite()
                .isPositive();
    }

    private static double simpson(DoubleUnaryOperator f, double from, double to, int intervals) {
        double h = (to - from) / intervals;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < intervals; i++) {
            sum += (i % 2 == 0 ? 2 : 4) * f.applyAsDouble(from + i * h);
        }
        return sum * h / 3;
    }
}
