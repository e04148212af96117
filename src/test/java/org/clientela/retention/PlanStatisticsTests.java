package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.clientela.retention.internal.plan.PlanStatistics;
import org.clientela.retention.internal.plan.PlanStatistics.Interval;
import org.junit.jupiter.api.Test;

/** Every expected value below was worked out by hand (or read from a printed t table). */
class PlanStatisticsTests {

    @Test
    void wilsonIntervalOfEightOutOfTwenty() {
        // centre (0.4 + z²/40) / (1 + z²/20) = 0.416114, half-width 0.197306
        Interval i = PlanStatistics.wilson(8, 20);
        assertThat(i.low()).isCloseTo(0.2188, offset(1e-4));
        assertThat(i.high()).isCloseTo(0.6134, offset(1e-4));
    }

    @Test
    void wilsonStaysInsideZeroToOne() {
        Interval none = PlanStatistics.wilson(0, 30);
        assertThat(none.low()).isEqualTo(0);
        // z² / (30 + z²) = 3.841459 / 33.841459
        assertThat(none.high()).isCloseTo(0.11351, offset(1e-5));
        assertThat(PlanStatistics.wilson(30, 30).high()).isCloseTo(1, offset(1e-12));
    }

    @Test
    void differenceOfThirtyAndTwentyPercentOfAHundredEach() {
        // se = sqrt(.3 * .7 / 100 + .2 * .8 / 100) = sqrt(.0037) = 0.0608276; 1.959964 * se = 0.119220
        Interval i = PlanStatistics.proportionDifference(30, 100, 20, 100);
        assertThat(i.low()).isCloseTo(-0.019220, offset(1e-6));
        assertThat(i.high()).isCloseTo(0.219220, offset(1e-6));
        assertThat(i.sign()).isZero();
        assertThat(PlanStatistics.proportionDifference(60, 100, 20, 100).sign()).isEqualTo(1);
        assertThat(PlanStatistics.proportionDifference(10, 100, 40, 100).sign()).isEqualTo(-1);
    }

    @Test
    void tQuantilesMatchThePrintedTable() {
        assertThat(PlanStatistics.tQuantile975(10)).isCloseTo(2.228139, offset(1e-4));
        assertThat(PlanStatistics.tQuantile975(30)).isCloseTo(2.042272, offset(1e-5));
        assertThat(PlanStatistics.tQuantile975(60)).isCloseTo(2.000298, offset(1e-5));
        assertThat(PlanStatistics.tQuantile975(120)).isCloseTo(1.979930, offset(1e-5));
    }

    @Test
    void welchIntervalOfTwoGroupsWithDifferentSpread() {
        // means 10 and 8, variances 4 and 9, n 40 and 50: se² = 0.1 + 0.18 = 0.28, se = 0.529150
        // df = 0.28² / (0.1² / 39 + 0.18² / 49) = 85.437; t = 1.98812 (between 1.99006 at 80 and 1.98667 at 90)
        assertThat(PlanStatistics.welchDegreesOfFreedom(4, 40, 9, 50)).isCloseTo(85.437, offset(1e-3));
        Interval i = PlanStatistics.welch(10, 4, 40, 8, 9, 50);
        assertThat(i.low()).isCloseTo(2 - 1.98812 * 0.529150, offset(1e-4));
        assertThat(i.high()).isCloseTo(2 + 1.98812 * 0.529150, offset(1e-4));
        assertThat(i.sign()).isEqualTo(1);
    }

    @Test
    void sampleVarianceFromSums() {
        // 2, 4, 4, 4, 5, 5, 7, 9: sum 40, squares 232, mean 5, variance 32 / 7
        assertThat(PlanStatistics.variance(8, 40, 232)).isCloseTo(32.0 / 7, offset(1e-12));
        assertThat(PlanStatistics.variance(1, 5, 25)).isZero();
    }
}
