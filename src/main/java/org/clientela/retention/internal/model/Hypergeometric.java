package org.clientela.retention.internal.model;

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real arguments with c &gt; 0 and
 * z &lt; 1, as the BG/NBD conditional expectation needs it (there a, b, c &gt; 0 and 0 ≤ z &lt; 1).
 *
 * <p>The power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ is summed until the next terms cannot change the
 * sum: the tail after term n is bounded by tₙ·ρ/(1 − ρ), ρ the larger of the current term ratio
 * and |z|. Two classical transformations keep the series short and free of cancellation:
 * <ul>
 * <li>z &lt; 0 (Pfaff): ₂F₁(a, b; c; z) = (1 − z)^−a ₂F₁(a, c − b; c; z/(z − 1)), whose argument
 * lies in [0, 1);</li>
 * <li>z close to 1 with c − a − b &lt; 0 (Euler): ₂F₁(a, b; c; z) = (1 − z)^(c−a−b)
 * ₂F₁(c − a, c − b; c; z); the new series' terms shrink like n^(c−a−b−1) zⁿ instead of growing
 * like n^(a+b−c−1) zⁿ, so its sum stays small and the large factor is exact.</li>
 * </ul>
 * A series that does not converge in {@value #MAX_TERMS} terms gives NaN, never a wrong number.
 */
final class Hypergeometric {

    static final int MAX_TERMS = 2_000_000;
    private static final double EPS = 1e-16;

    private Hypergeometric() {}

    static double f21(double a, double b, double c, double z) {
        if (!(c > 0) || !(z < 1) || Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (z == 0 || a == 0 || b == 0) {
            return 1;
        }
        if (z < 0) {
            double w = z / (z - 1);
            return Math.pow(1 - z, -a) * series(a, c - b, c, w);
        }
        if (z > 0.5 && c - a - b < 0) {
            return Math.pow(1 - z, c - a - b) * series(c - a, c - b, c, z);
        }
        return series(a, b, c, z);
    }

    /** The plain series for 0 ≤ z &lt; 1. */
    static double series(double a, double b, double c, double z) {
        double sum = 1;
        double compensation = 0;
        double term = 1;
        double magnitude = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            if (term == 0) {
                return sum;
            }
            // Kahan summation: thousands of terms near z = 1 must not lose the last digits.
            double y = term - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
            magnitude += Math.abs(term);
            if (!Double.isFinite(sum)) {
                return Double.NaN;
            }
            double rho = Math.max(Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z), Math.abs(z));
            if (rho < 1 && n > 0 && Math.abs(term) * rho / (1 - rho) <= EPS * Math.abs(sum)) {
                // Cancellation beyond 8 digits means the result cannot be trusted.
                return magnitude > 1e8 * Math.abs(sum) ? Double.NaN : sum;
            }
        }
        return Double.NaN;
    }
}
