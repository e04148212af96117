package org.clientela.platform;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap 95 % intervals for a mean, a median and a difference of two means, for
 * figures with no tidy formula (days to close a sale, revenue per sale, skewed and small). The
 * random draws come from a fixed seed, so the same data give the same interval every time a page
 * is shown.
 * <p>
 * From {@link #LARGE} values on, resampling buys nothing: the mean's sampling distribution is then
 * normal to well within the resampling's own noise, and the median's interval follows from the
 * order statistics. Those intervals come from a formula instead, so a figure over ten thousand sales
 * costs a sort, not twenty million random draws.
 */
public final class Bootstrap {

    /** Resamples drawn unless told otherwise: enough for two-decimal percentiles of a 95 % interval. */
    public static final int RESAMPLES = 2000;

    /** The seed of every draw, so that figures are reproducible. */
    public static final long SEED = 20_240_917L;

    /** From this many values on, the intervals come from the normal approximation and the order statistics. */
    public static final int LARGE = 1000;

    private Bootstrap() {}

    /** The interval of the mean of {@code values}; both bounds are the value itself for one value, NaN for none. */
    public static Interval mean(double[] values) {
        if (values.length >= LARGE) {
            double half = Proportions.Z * Math.sqrt(variance(values) / values.length);
            double mean = average(values);
            return new Interval(mean - half, mean + half);
        }
        return of(values, Bootstrap::average, RESAMPLES);
    }

    /** The interval of the median of {@code values}. */
    public static Interval median(double[] values) {
        if (values.length >= LARGE) {
            // The order statistics whose ranks lie 1.96 standard deviations of a Binomial(n, 1/2) either side of n/2.
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double spread = Proportions.Z * Math.sqrt(n) / 2;
            int low = Math.max(1, (int) Math.floor(n / 2.0 - spread));
            int high = Math.min(n, (int) Math.ceil(n / 2.0 + 1 + spread));
            return new Interval(sorted[low - 1], sorted[high - 1]);
        }
        return of(values, Bootstrap::middle, RESAMPLES);
    }

    /** The interval of {@code mean(a) - mean(b)}, each side resampled on its own. */
    public static Interval differenceOfMeans(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        if (a.length >= LARGE && b.length >= LARGE) {
            double difference = average(a) - average(b);
            double half = Proportions.Z * Math.sqrt(variance(a) / a.length + variance(b) / b.length);
            return new Interval(difference - half, difference + half);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] estimates = new double[RESAMPLES];
        double[] sampleA = new double[a.length];
        double[] sampleB = new double[b.length];
        for (int i = 0; i < RESAMPLES; i++) {
            draw(a, sampleA, random);
            draw(b, sampleB, random);
            estimates[i] = average(sampleA) - average(sampleB);
        }
        return percentiles(estimates);
    }

    /** The interval of any statistic of {@code values}, from {@code resamples} draws with replacement. */
    public static Interval of(double[] values, ToDoubleFunction<double[]> statistic, int resamples) {
        if (values.length == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] estimates = new double[resamples];
        double[] sample = new double[values.length];
        for (int i = 0; i < resamples; i++) {
            draw(values, sample, random);
            estimates[i] = statistic.applyAsDouble(sample);
        }
        return percentiles(estimates);
    }

    /** The arithmetic mean; NaN for no values. */
    public static double average(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The sample variance (divided by n - 1); 0 for fewer than two values. */
    static double variance(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = average(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }

    /** The median (the mean of the two middle values for an even count); NaN for no values. */
    public static double middle(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int half = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    private static void draw(double[] from, double[] into, SplittableRandom random) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[random.nextInt(from.length)];
        }
    }

    /** The 2.5th and 97.5th percentiles, interpolated between neighbouring order statistics. */
    private static Interval percentiles(double[] estimates) {
        Arrays.sort(estimates);
        return new Interval(quantile(estimates, 0.025), quantile(estimates, 0.975));
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
