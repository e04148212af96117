package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTests {

    final double[] days = {12, 15, 20, 22, 30, 31, 45, 60, 90, 120};

    @Test
    void theSameDataGiveTheSameIntervalEveryTime() {
        assertThat(Bootstrap.mean(days)).isEqualTo(Bootstrap.mean(days.clone()));
        assertThat(Bootstrap.median(days)).isEqualTo(Bootstrap.median(days.clone()));
    }

    @Test
    void theIntervalOfTheMeanHoldsTheMeanAndStaysWithinTheData() {
        Interval i = Bootstrap.mean(days);
        double mean = Bootstrap.average(days);
        assertThat(mean).isEqualTo(44.5);
        assertThat(i.low()).isLessThan(mean).isGreaterThan(12);
        assertThat(i.high()).isGreaterThan(mean).isLessThan(120);
    }

    @Test
    void theIntervalOfTheMeanIsNearTheNormalOneForALargeSample() {
        Random random = new Random(7);
        double[] values = new double[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + 20 * random.nextGaussian();
        }
        double mean = Bootstrap.average(values);
        double standardError = 20 / Math.sqrt(values.length);
        Interval i = Bootstrap.mean(values);
        assertThat(i.low()).isCloseTo(mean - 1.96 * standardError, within(0.15));
        assertThat(i.high()).isCloseTo(mean + 1.96 * standardError, within(0.15));
    }

    @Test
    void aLargeSkewedSampleGetsFromTheFormulaWhatResamplingWouldGive() {
        Random random = new Random(11);
        double[] amounts = new double[3000];
        double[] others = new double[2500];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = Math.exp(6 + random.nextGaussian());
        }
        for (int i = 0; i < others.length; i++) {
            others[i] = Math.exp(6.1 + random.nextGaussian());
        }
        assertThat(amounts.length).isGreaterThanOrEqualTo(Bootstrap.LARGE);
        double standardError = Math.sqrt(Bootstrap.variance(amounts) / amounts.length);

        Interval fast = Bootstrap.mean(amounts);
        Interval resampled = Bootstrap.of(amounts, Bootstrap::average, Bootstrap.RESAMPLES);
        assertThat(fast.low()).isCloseTo(resampled.low(), within(0.15 * standardError));
        assertThat(fast.high()).isCloseTo(resampled.high(), within(0.15 * standardError));

        Interval fastMedian = Bootstrap.median(amounts);
        Interval resampledMedian = Bootstrap.of(amounts, Bootstrap::middle, Bootstrap.RESAMPLES);
        double medianWidth = resampledMedian.high() - resampledMedian.low();
        assertThat(fastMedian.low()).isCloseTo(resampledMedian.low(), within(0.2 * medianWidth));
        assertThat(fastMedian.high()).isCloseTo(resampledMedian.high(), within(0.2 * medianWidth));

        Interval fastDifference = Bootstrap.differenceOfMeans(amounts, others);
        double differenceError =
                Math.sqrt(Bootstrap.variance(amounts) / amounts.length + Bootstrap.variance(others) / others.length);
        double[] estimates = new double[Bootstrap.RESAMPLES];
        var draws = new java.util.SplittableRandom(Bootstrap.SEED);
        for (int r = 0; r < estimates.length; r++) {
            estimates[r] = resampledMean(amounts, draws) - resampledMean(others, draws);
        }
        java.util.Arrays.sort(estimates);
        assertThat(fastDifference.low()).isCloseTo(estimates[49], within(0.15 * differenceError));
        assertThat(fastDifference.high()).isCloseTo(estimates[1949], within(0.15 * differenceError));
    }

    @Test
    void fromAHundredValuesTheFormulaLandsWhereResamplingDoesOnSkewedData() {
        Random random = new Random(23);
        for (int n : new int[] {Bootstrap.MEANS_BY_FORMULA, 300, 999}) {
            double[] amounts = new double[n];
            double[] days = new double[n + 17];
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] = Math.exp(6 + random.nextGaussian());
            }
            for (int i = 0; i < days.length; i++) {
                days[i] = -30 * Math.log(1 - random.nextDouble());
            }
            for (double[] values : new double[][] {amounts, days}) {
                double standardError = Math.sqrt(Bootstrap.variance(values) / values.length);
                Interval formula = Bootstrap.mean(values);
                Interval resampled = Bootstrap.of(values, Bootstrap::average, Bootstrap.RESAMPLES);
                // Resampling from another seed moves the bounds by up to about 0.3 standard errors.
                assertThat(formula.low()).isCloseTo(resampled.low(), within(0.3 * standardError));
                assertThat(formula.high()).isCloseTo(resampled.high(), within(0.3 * standardError));
                // Skewed to the right: the interval reaches further above the mean than below it.
                double mean = Bootstrap.average(values);
                assertThat(formula.high() - mean).isGreaterThan(mean - formula.low());
            }
            Interval difference = Bootstrap.differenceOfMeans(amounts, days);
            double error =
                    Math.sqrt(Bootstrap.variance(amounts) / amounts.length + Bootstrap.variance(days) / days.length);
            double[] estimates = new double[Bootstrap.RESAMPLES];
            var draws = new java.util.SplittableRandom(Bootstrap.SEED);
            for (int r = 0; r < estimates.length; r++) {
                estimates[r] = resampledMean(amounts, draws) - resampledMean(days, draws);
            }
            java.util.Arrays.sort(estimates);
            assertThat(difference.low()).isCloseTo(estimates[49], within(0.3 * error));
            assertThat(difference.high()).isCloseTo(estimates[1949], within(0.3 * error));
        }
    }

    @Test
    void belowAHundredValuesTheMeanIsStillResampled() {
        double[] values = new double[Bootstrap.MEANS_BY_FORMULA - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * i;
        }
        assertThat(Bootstrap.mean(values)).isEqualTo(Bootstrap.of(values, Bootstrap::average, Bootstrap.RESAMPLES));
    }

    private static double resampledMean(double[] values, java.util.SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Bootstrap.middle(days)).isEqualTo(30.5);
        Interval i = Bootstrap.median(days);
        assertThat(i.low()).isLessThanOrEqualTo(30.5);
        assertThat(i.high()).isGreaterThanOrEqualTo(30.5);
    }

    @Test
    void aDifferenceOfMeansFarFromZeroIsSeenAsReal() {
        double[] slow = {40, 42, 44, 46, 48, 50, 52, 54, 56, 58};
        double[] quick = {10, 12, 14, 16, 18, 20, 22, 24, 26, 28};
        Interval i = Bootstrap.differenceOfMeans(slow, quick);
        assertThat(i.containsZero()).isFalse();
        assertThat(i.low()).isLessThan(30).isGreaterThan(20);
        assertThat(i.high()).isGreaterThan(30).isLessThan(40);
        assertThat(Bootstrap.differenceOfMeans(slow, slow).containsZero()).isTrue();
    }

    @Test
    void oneValueHasAnIntervalOfItselfAndNoneHasNone() {
        assertThat(Bootstrap.mean(new double[] {5})).isEqualTo(new Interval(5, 5));
        assertThat(Bootstrap.mean(new double[0]).low()).isNaN();
    }
}
