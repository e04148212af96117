package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LifetimeValueTests {

    private static final BgNbdParameters PURCHASES = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaParameters SPEND = new GammaGammaParameters(6.25, 3.74, 15.44);

    @Test
    void withoutDiscountItIsExpectedPurchasesTimesExpectedSpend() {
        LifetimeValue value = LifetimeValue.forUnitOfDays(12, 0, 7);
        double weeksInAYear = 365.25 / 7;

        double expected = PURCHASES.expectedPurchases(3, 30, 38, weeksInAYear) * SPEND.expectedSpend(3, 40);

        assertThat(value.of(PURCHASES, SPEND, 3, 30, 38, 40)).isCloseTo(expected, within(1e-9 * expected));
    }

    @Test
    void discountingLowersTheValueAndALongerHorizonRaisesIt() {
        double plain = LifetimeValue.forUnitOfDays(12, 0, 7).of(PURCHASES, SPEND, 3, 30, 38, 40);
        double discounted = LifetimeValue.forUnitOfDays(12, 0.01, 7).of(PURCHASES, SPEND, 3, 30, 38, 40);
        double longer = LifetimeValue.forUnitOfDays(36, 0.01, 7).of(PURCHASES, SPEND, 3, 30, 38, 40);

        assertThat(discounted).isLessThan(plain).isGreaterThan(plain / Math.pow(1.01, 12));
        assertThat(longer).isGreaterThan(discounted);
    }

    @Test
    void aCustomerWithoutRepeatPurchasesIsValuedAtThePopulationMeanSpend() {
        LifetimeValue value = LifetimeValue.forUnitOfDays(12, 0, 7);
        double expected = PURCHASES.expectedPurchases(0, 0, 20, 365.25 / 7) * SPEND.populationMeanSpend();

        assertThat(value.of(PURCHASES, SPEND, 0, 0, 20, 0)).isCloseTo(expected, within(1e-9 * expected));
        assertThat(SPEND.populationMeanSpend()).isCloseTo(6.25 * 15.44 / 2.74, within(1e-12));
    }

    @Test
    void aCustomerLongGoneIsWorthAlmostNothing() {
        double gone = LifetimeValue.forUnitOfDays(12, 0.01, 7).of(PURCHASES, SPEND, 10, 5, 150, 40);
        double active = LifetimeValue.forUnitOfDays(12, 0.01, 7).of(PURCHASES, SPEND, 10, 149, 150, 40);

        assertThat(gone).isNotNegative().isLessThan(active / 100);
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatThrownBy(() -> LifetimeValue.forUnitOfDays(0, 0.01, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifetimeValue.forUnitOfDays(12, -0.1, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LifetimeValue.forUnitOfDays(12, Double.NaN, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
