package org.clientela.platform;

/**
 * 95 % intervals for a proportion ("10 of 20") and for the difference of two proportions, the
 * kind of figure a small business reads from small samples: score intervals stay inside [0, 1] and
 * keep their coverage when the count is 0 or equals the total, where the textbook normal interval
 * fails.
 */
public final class Proportions {

    /** The normal quantile of a two-sided 95 % interval. */
    static final double Z = 1.959963984540054;

    private Proportions() {}

    /**
     * Wilson's score interval for {@code successes} out of {@code trials}; [0, 1] when there are no
     * trials (nothing is known).
     */
    public static Interval wilson(long successes, long trials) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials: " + successes + "/" + trials);
        }
        if (trials == 0) {
            return new Interval(0, 1);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(low, high);
    }

    /**
     * Newcombe's hybrid score interval (his method 10) for {@code a/n - b/m}: the Wilson intervals
     * of each side combined, so it behaves with small counts as Wilson's does.
     */
    public static Interval difference(long a, long n, long b, long m) {
        double p1 = n == 0 ? 0 : (double) a / n;
        double p2 = m == 0 ? 0 : (double) b / m;
        Interval first = wilson(a, n);
        Interval second = wilson(b, m);
        double d = p1 - p2;
        double low = d - Math.sqrt(square(p1 - first.low()) + square(second.high() - p2));
        double high = d + Math.sqrt(square(first.high() - p1) + square(p2 - second.low()));
        return new Interval(low, high);
    }

    private static double square(double x) {
        return x * x;
    }
}
