package org.clientela.retention.internal.risk;

/**
 * A logistic regression fitted by Newton's method on standardised features with a small ridge
 * penalty (so that a feature that never varies, or two that move together, cannot make it diverge).
 * Small and exact: a handful of features, any number of rows. The features come by column
 * ({@code columns[feature][row]}): a million rows are a few flat arrays, not a million small ones.
 */
final class LogisticRegression {

    private static final int MAX_ITERATIONS = 25;
    private static final double TOLERANCE = 1e-7;
    private static final double RIDGE = 1.0;

    private final double[] mean;
    private final double[] scale;
    /** Intercept first, then one weight per standardised feature. */
    private final double[] weights;

    private LogisticRegression(double[] mean, double[] scale, double[] weights) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
    }

    /**
     * Fits {@code P(outcome) = 1 / (1 + exp(-(w0 + w·z)))} where z are the standardised features.
     *
     * @param columns one array per feature, {@code columns[feature][row]}
     * @param outcome whether each row had the outcome
     * @param use     which rows to fit on (others are ignored), or {@code null} for all
     */
    static LogisticRegression fit(double[][] columns, boolean[] outcome, boolean[] use) {
        int p = columns.length;
        int rows = outcome.length;
        double[] mean = new double[p];
        double[] scale = new double[p];
        long n = 0;
        for (int i = 0; i < rows; i++) {
            if (use == null || use[i]) {
                n++;
            }
        }
        for (int f = 0; f < p; f++) {
            double[] c = columns[f];
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                if (use == null || use[i]) {
                    sum += c[i];
                }
            }
            mean[f] = sum / Math.max(1, n);
            double squares = 0;
            for (int i = 0; i < rows; i++) {
                if (use == null || use[i]) {
                    double d = c[i] - mean[f];
                    squares += d * d;
                }
            }
            double sd = Math.sqrt(squares / Math.max(1, n));
            scale[f] = sd > 1e-12 ? sd : 1;
        }
        int k = p + 1;
        double[] w = new double[k];
        double[] z = new double[k];
        z[0] = 1;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            for (int i = 0; i < rows; i++) {
                if (use != null && !use[i]) {
                    continue;
                }
                double eta = w[0];
                for (int f = 0; f < p; f++) {
                    z[f + 1] = (columns[f][i] - mean[f]) / scale[f];
                    eta += w[f + 1] * z[f + 1];
                }
                double prob = sigmoid(eta);
                double residual = prob - (outcome[i] ? 1 : 0);
                double weight = Math.max(prob * (1 - prob), 1e-12);
                for (int a = 0; a < k; a++) {
                    gradient[a] += residual * z[a];
                    double wa = weight * z[a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += wa * z[b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                gradient[a] += RIDGE * w[a];
                hessian[a][a] += RIDGE;
            }
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    hessian[a][b] = hessian[b][a];
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int j = 0; j < k; j++) {
                w[j] -= step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < TOLERANCE) {
                break;
            }
        }
        return new LogisticRegression(mean, scale, w);
    }

    /** The fitted probability of the outcome for row {@code i} of {@code columns}. */
    double probability(double[][] columns, int i) {
        double eta = weights[0];
        for (int f = 0; f < mean.length; f++) {
            eta += weights[f + 1] * (columns[f][i] - mean[f]) / scale[f];
        }
        return sigmoid(eta);
    }

    /** The fitted probability of the outcome for one case. */
    double probability(double[] features) {
        double eta = weights[0];
        for (int f = 0; f < mean.length; f++) {
            eta += weights[f + 1] * (features[f] - mean[f]) / scale[f];
        }
        return sigmoid(eta);
    }

    /** The weight of each feature per standard deviation (intercept excluded), for the record. */
    double[] standardisedWeights() {
        return java.util.Arrays.copyOfRange(weights, 1, weights.length);
    }

    private static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            double d = m[col][col];
            if (Math.abs(d) < 1e-300) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / d;
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = Math.abs(m[r][r]) < 1e-300 ? 0 : s / m[r][r];
        }
        return x;
    }
}
