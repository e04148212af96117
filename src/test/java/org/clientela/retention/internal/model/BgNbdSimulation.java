package org.clientela.retention.internal.model;

import java.util.SplittableRandom;

/**
 * Simulated customer bases drawn from known BG/NBD and Gamma-Gamma parameters with a seeded
 * random generator, to check that a fit gets the parameters back.
 */
final class BgNbdSimulation {

    private final SplittableRandom random;

    BgNbdSimulation(long seed) {
        random = new SplittableRandom(seed);
    }

    /** One customer observed for {@code T}: {x, tx}. */
    double[] history(BgNbdParameters truth, double T) {
        double lambda = gamma(truth.r()) / truth.alpha();
        double p = beta(truth.a(), truth.b());
        int x = 0;
        double tx = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / lambda;
            if (t > T) {
                break;
            }
            x++;
            tx = t;
            if (random.nextDouble() < p) {
                break;
            }
        }
        return new double[] {x, tx};
    }

    /**
     * Customers observed for {@code weeks} minus up to {@code cohortWeeks}, and the purchases each
     * made in the {@code holdout} weeks that followed (the same process, carried on).
     */
    CalibrationData customerBaseWithHoldout(
            BgNbdParameters truth, int customers, double weeks, double cohortWeeks, double holdout) {
        CalibrationData.Builder builder = CalibrationData.builder();
        for (int i = 0; i < customers; i++) {
            double T = weeks - random.nextDouble() * cohortWeeks;
            double lambda = gamma(truth.r()) / truth.alpha();
            double p = beta(truth.a(), truth.b());
            int x = 0;
            int later = 0;
            double tx = 0;
            double t = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t > T + holdout) {
                    break;
                }
                if (t <= T) {
                    x++;
                    tx = t;
                } else {
                    later++;
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            builder.add(x, tx, T, 0, later);
        }
        return builder.build();
    }

    /**
     * {@code customers} customers whose first purchase falls uniformly in the first
     * {@code cohortWeeks} of a {@code weeks}-long period; with {@code spend} each repeat buyer also
     * gets a mean spend over x purchases.
     */
    CalibrationData customerBase(
            BgNbdParameters truth, GammaGammaParameters spend, int customers, double weeks, double cohortWeeks) {
        CalibrationData.Builder builder = CalibrationData.builder();
        for (int i = 0; i < customers; i++) {
            double T = weeks - random.nextDouble() * cohortWeeks;
            double[] h = history(truth, T);
            int x = (int) h[0];
            builder.add(x, h[1], T, x > 0 && spend != null ? meanSpend(spend, x) : 0);
        }
        return builder.build();
    }

    /** The same, with times in whole days expressed in weeks (as the orders give them). */
    CalibrationData customerBaseInDays(
            BgNbdParameters truth, GammaGammaParameters spend, int customers, int days, int cohortDays) {
        CalibrationData.Builder builder = CalibrationData.builder();
        for (int i = 0; i < customers; i++) {
            int firstDay = random.nextInt(cohortDays);
            int observedDays = days - firstDay;
            double[] h = history(truth, observedDays / 7.0);
            int x = (int) h[0];
            double tx = Math.min(observedDays, Math.floor(h[1] * 7)) / 7.0;
            if (x > 0 && tx == 0) {
                tx = Math.min(1, observedDays) / 7.0;
            }
            builder.add(x, x == 0 ? 0 : tx, observedDays / 7.0, x > 0 && spend != null ? meanSpend(spend, x) : 0);
        }
        return builder.build();
    }

    /** Mean of x spends: each Gamma(p, ν), ν ~ Gamma(q, γ). */
    double meanSpend(GammaGammaParameters spend, int x) {
        double nu = gamma(spend.q()) / spend.gamma();
        double sum = 0;
        for (int i = 0; i < x; i++) {
            sum += gamma(spend.p()) / nu;
        }
        return sum / x;
    }

    double beta(double a, double b) {
        double u = gamma(a);
        return u / (u + gamma(b));
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang, boosted for shapes below 1. */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z;
            double v;
            do {
                z = normal();
                v = 1 + c * z;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private double normal() {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
