package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HypergeometricTests {

    /** Reference values computed independently with mpmath's hyp2f1 at 30 digits. */
    @ParameterizedTest
    @CsvSource({
        "0.5, 1.2, 2.3, 0.3, 1.0927708534843637249",
        "1.243, 3.426, 3.219, 0.2, 1.3447475408005793593",
        "5.243, 8.426, 8.219, 0.6, 140.02482870312433934",
        "2.5, 3.0, 1.5, 0.9, 19000.000000000017097",
        "10.243, 12.426, 11.219, 0.95, 711162855096802.26436",
        "0.243, 2.426, 2.219, 0.99, 4.3752613674085372013",
        "1.5, 2.5, 4.0, -0.5, 0.67404024682559335905",
        "3.0, 0.7, 1.3, -3.0, 0.17333536056187787784",
        "20.243, 22.426, 21.219, 0.999, 2.1157401643962006521e+64"
    })
    void agreesWithAnIndependentImplementation(double a, double b, double c, double z, double expected) {
        assertThat(Hypergeometric.f21(a, b, c, z)).isCloseTo(expected, within(Math.abs(expected) * 1e-11));
    }

    @Test
    void agreesWithClosedForms() {
        for (double z : new double[] {-0.9, -0.2, 0.1, 0.5, 0.8, 0.99, 0.9999}) {
            assertThat(Hypergeometric.f21(1, 1, 2, z))
                    .isCloseTo(-Math.log1p(-z) / z, within(1e-12 * Math.abs(Math.log1p(-z) / z)));
            assertThat(Hypergeometric.f21(2.7, 1.3, 1.3, z))
                    .isCloseTo(Math.pow(1 - z, -2.7), within(1e-11 * Math.pow(1 - z, -2.7)));
        }
        double s = 0.6;
        assertThat(Hypergeometric.f21(0.5, 0.5, 1.5, s * s)).isCloseTo(Math.asin(s) / s, within(1e-14));
    }

    @Test
    void convergesSlowlyButSurelyVeryCloseToOne() {
        // mpmath: 1.07379469953487898655893308581; Gauss's sum at z = 1 is 1.0738107737...
        assertThat(Hypergeometric.f21(0.3, 0.4, 2.5, 0.9999)).isCloseTo(1.073794699534879, within(1e-12));
        double gauss = Math.exp(SpecialFunctions.lnGamma(2.5)
                + SpecialFunctions.lnGamma(1.8)
                - SpecialFunctions.lnGamma(2.2)
                - SpecialFunctions.lnGamma(2.1));
        assertThat(Hypergeometric.f21(0.3, 0.4, 2.5, 0.9999)).isLessThan(gauss);
    }

    @Test
    void givesNaNOutsideItsDomainRatherThanANumber() {
        assertThat(Hypergeometric.f21(1, 1, 2, 1)).isNaN();
        assertThat(Hypergeometric.f21(1, 1, -2, 0.5)).isNaN();
        assertThat(Hypergeometric.f21(Double.NaN, 1, 2, 0.5)).isNaN();
    }

    @Test
    void lnGammaAndDigammaMatchKnownValues() {
        assertThat(SpecialFunctions.lnGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.lnGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-14));
        assertThat(SpecialFunctions.lnGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
        assertThat(SpecialFunctions.lnGamma(1e-3)).isCloseTo(6.907178885383853, within(1e-12));
        assertThat(SpecialFunctions.digamma(1)).isCloseTo(-0.5772156649015329, within(1e-13));
        assertThat(SpecialFunctions.digamma(0.25))
                .isCloseTo(-Math.PI / 2 - 3 * Math.log(2) - 0.5772156649015329, within(1e-13));
    }
}
