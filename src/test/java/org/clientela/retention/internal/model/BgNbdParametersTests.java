package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BgNbdParametersTests {

    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void aCustomerWhoNeverBoughtAgainIsAlive() {
        assertThat(CDNOW.probabilityAlive(0, 0, 38.86)).isEqualTo(1);
        assertThat(CDNOW.probabilityAlive(0, 0, 1_000_000)).isEqualTo(1);
    }

    @Test
    void probabilityAliveFallsWithTimeSinceTheLastPurchaseAndRisesWithRecency() {
        double previous = 1;
        for (double T = 10; T <= 200; T += 10) {
            double alive = CDNOW.probabilityAlive(3, 10, T);
            assertThat(alive).isLessThan(previous).isBetween(0.0, 1.0);
            previous = alive;
        }
        assertThat(CDNOW.probabilityAlive(3, 30, 39)).isGreaterThan(CDNOW.probabilityAlive(3, 10, 39));
        // Frequent buyers who stop are more surely gone than occasional ones with the same gap.
        assertThat(CDNOW.probabilityAlive(20, 10, 39)).isLessThan(CDNOW.probabilityAlive(2, 10, 39));
        assertThat(CDNOW.probabilityAlive(2000, 1, 10_000)).isBetween(0.0, 1e-300);
    }

    /** Reference values from the formula evaluated independently with mpmath at 30 digits. */
    @ParameterizedTest
    @CsvSource({
        "0, 0, 38.86, 39, 0.1950980520112622",
        "2, 30.43, 38.86, 39, 1.22602817476714",
        "7, 35.0, 38.86, 52, 5.520567507999391",
        "20, 10, 70, 100, 1.934992924656075e-12"
    })
    void conditionalExpectationMatchesAnIndependentComputation(int x, double tx, double T, double t, double expected) {
        assertThat(CDNOW.expectedPurchases(x, tx, T, t)).isCloseTo(expected, within(expected * 1e-9));
    }

    @Test
    void expectedPurchasesGrowWithTheHorizonAndWithFrequency() {
        double previous = 0;
        for (double t = 1; t <= 520; t *= 2) {
            double expected = CDNOW.expectedPurchases(4, 30, 39, t);
            assertThat(expected).isGreaterThan(previous).isFinite();
            previous = expected;
        }
        assertThat(CDNOW.expectedPurchases(8, 38, 39, 52)).isGreaterThan(CDNOW.expectedPurchases(2, 38, 39, 52));
        assertThat(CDNOW.expectedPurchases(3, 10, 39, 0)).isZero();
    }

    @Test
    void theConditionalExpectationOfANewCustomerIsTheUnconditionalOne() {
        // Just after a first purchase (x = 0, T = 0) the customer knows nothing more than the population.
        assertThat(CDNOW.expectedPurchases(0, 0, 0, 52)).isCloseTo(CDNOW.expectedPurchases(52), within(1e-12));
    }

    @Test
    void staysFiniteWhenAIsCloseToOne() {
        BgNbdParameters nearOne = new BgNbdParameters(0.5, 5, 1.0, 2);
        double below = new BgNbdParameters(0.5, 5, 0.999, 2).expectedPurchases(2, 20, 39, 52);
        double above = new BgNbdParameters(0.5, 5, 1.001, 2).expectedPurchases(2, 20, 39, 52);
        assertThat(nearOne.expectedPurchases(2, 20, 39, 52)).isBetween(Math.min(below, above), Math.max(below, above));
        assertThat(nearOne.expectedPurchases(52)).isFinite().isPositive();
    }

    @Test
    void logLikelihoodIsStableForLongHistories() {
        double value = CDNOW.logLikelihood(5000, 9999, 10_000);
        assertThat(value).isFinite().isNegative();
    }

    @Test
    void refusesImpossibleHistoriesAndParameters() {
        assertThatThrownBy(() -> CDNOW.probabilityAlive(1, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CDNOW.expectedPurchases(1, 1, 5, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BgNbdParameters(Double.NaN, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
