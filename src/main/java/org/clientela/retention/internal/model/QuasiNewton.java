package org.clientela.retention.internal.model;

import java.util.Arrays;

/**
 * A small BFGS minimiser with a backtracking (Armijo) line search inside a box: enough for the
 * three- and four-parameter likelihoods here, whose parameters live in log space and are kept
 * within {@code [lower, upper]} so that nothing can run off to infinity.
 */
final class QuasiNewton {

    /** A function and its gradient; returns NaN or +∞ where it is not defined. */
    interface Objective {
        double value(double[] point, double[] gradient);
    }

    /**
     * Where the search ended.
     *
     * @param converged whether the (projected) gradient became negligible or the value stopped
     *                  changing at machine precision
     */
    record Result(double[] point, double value, int iterations, boolean converged) {}

    private final double lower;
    private final double upper;
    private final double gradientTolerance;
    private final int maxIterations;

    QuasiNewton(double lower, double upper, double gradientTolerance, int maxIterations) {
        this.lower = lower;
        this.upper = upper;
        this.gradientTolerance = gradientTolerance;
        this.maxIterations = maxIterations;
    }

    Result minimize(Objective f, double[] start) {
        int n = start.length;
        double[] x = clamp(start.clone());
        double[] g = new double[n];
        double fx = f.value(x, g);
        if (!Double.isFinite(fx) || !allFinite(g)) {
            return new Result(x, Double.NaN, 0, false);
        }
        double[][] h = identity(n);
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        int flat = 0;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            if (projectedGradientNorm(x, g) <= gradientTolerance) {
                return new Result(x, fx, iteration, true);
            }
            double[] d = times(h, g);
            for (int i = 0; i < n; i++) {
                d[i] = -d[i];
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {
                h = identity(n);
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                slope = -dot(g, g);
            }
            // The first step of all is at most 1 in log space: a factor e per parameter.
            double step = iteration == 1 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < 60; tries++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = Math.min(upper, Math.max(lower, x[i] + step * d[i]));
                }
                fNew = f.value(xNew, gNew);
                double actualSlope = 0;
                for (int i = 0; i < n; i++) {
                    actualSlope += g[i] * (xNew[i] - x[i]);
                }
                if (Double.isFinite(fNew) && allFinite(gNew) && fNew <= fx + 1e-4 * actualSlope) {
                    accepted = true;
                    break;
                }
                step /= 2;
            }
            if (!accepted) {
                if (isIdentity(h)) {
                    // Not even a tiny gradient step helps: we are at the optimum to machine precision.
                    return new Result(x, fx, iteration, true);
                }
                h = identity(n);
                continue;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            update(h, s, y);
            flat = Math.abs(fx - fNew) <= 1e-15 * Math.max(1, Math.abs(fx)) ? flat + 1 : 0;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (flat >= 3) {
                return new Result(x, fx, iteration, true);
            }
        }
        return new Result(x, fx, maxIterations, projectedGradientNorm(x, g) <= gradientTolerance * 100);
    }

    /** The BFGS update of the inverse Hessian, skipped when the curvature is not positive. */
    private static void update(double[][] h, double[] s, double[] y) {
        int n = s.length;
        double sy = dot(s, y);
        if (!(sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y)))) {
            return;
        }
        double rho = 1 / sy;
        double[] hy = times(h, y);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    /** Gradient norm ignoring components that push against a bound the point sits on. */
    private double projectedGradientNorm(double[] x, double[] g) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            boolean blocked = (x[i] <= lower && g[i] > 0) || (x[i] >= upper && g[i] < 0);
            if (!blocked) {
                max = Math.max(max, Math.abs(g[i]));
            }
        }
        return max;
    }

    private double[] clamp(double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(upper, Math.max(lower, x[i]));
        }
        return x;
    }

    private static double[][] identity(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 1;
        }
        return h;
    }

    private static boolean isIdentity(double[][] h) {
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h.length; j++) {
                if (h[i][j] != (i == j ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = dot(m[i], v);
        }
        return out;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    private static boolean allFinite(double[] v) {
        return Arrays.stream(v).allMatch(Double::isFinite);
    }
}
