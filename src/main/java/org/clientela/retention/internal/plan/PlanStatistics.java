package org.clientela.retention.internal.plan;

/**
 * The arithmetic of "did the action work?", at 95 % confidence. Rates compare with the normal
 * approximation for a difference of two proportions (each rate on its own with the Wilson score
 * interval, which stays inside 0–1 for small groups); revenue per customer compares with Welch's
 * t interval, which does not assume both groups spread alike. The t quantile is the
 * Cornish–Fisher expansion (Abramowitz and Stegun 26.7.5), exact to 1e-4 from 10 degrees of
 * freedom up — groups under 30 customers are not judged anyway.
 */
public final class PlanStatistics {

    /** The 97.5 % point of the standard normal distribution. */
    public static final double Z = 1.959963984540054;

    private PlanStatistics() {}

    public record Interval(double low, double high) {

        /** Whether the whole interval lies above zero (the action did better) or below (worse). */
        public int sign() {
            return low > 0 ? 1 : high < 0 ? -1 : 0;
        }
    }

    /** Wilson score interval of {@code successes} out of {@code n}. */
    public static Interval wilson(long successes, long n) {
        if (n == 0) {
            return new Interval(0, 1);
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Interval of the difference of rates {@code s1/n1 - s2/n2} (normal approximation). */
    public static Interval proportionDifference(long s1, long n1, long s2, long n2) {
        double p1 = (double) s1 / n1;
        double p2 = (double) s2 / n2;
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new Interval(p1 - p2 - Z * se, p1 - p2 + Z * se);
    }

    /** Welch's interval of {@code mean1 - mean2} from sample variances (divided by n - 1). */
    public static Interval welch(double mean1, double variance1, long n1, double mean2, double variance2, long n2) {
        double a = variance1 / n1;
        double b = variance2 / n2;
        double se = Math.sqrt(a + b);
        double t = se == 0 ? 0 : tQuantile975(welchDegreesOfFreedom(variance1, n1, variance2, n2));
        return new Interval(mean1 - mean2 - t * se, mean1 - mean2 + t * se);
    }

    /** Welch–Satterthwaite degrees of freedom. */
    public static double welchDegreesOfFreedom(double variance1, long n1, double variance2, long n2) {
        double a = variance1 / n1;
        double b = variance2 / n2;
        return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    }

    /** The 97.5 % point of Student's t with {@code df} degrees of freedom. */
    public static double tQuantile975(double df) {
        double z = Z;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        double z9 = z7 * z * z;
        double g1 = (z3 + z) / 4;
        double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
        double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
        double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
        return z + g1 / df + g2 / (df * df) + g3 / (df * df * df) + g4 / (df * df * df * df);
    }

    /** Sample variance from the count, sum and sum of squares. */
    public static double variance(long n, double sum, double sumOfSquares) {
        if (n < 2) {
            return 0;
        }
        double mean = sum / n;
        return Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
    }
}
