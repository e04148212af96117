package org.clientela.retention.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTests {

    @Test
    void recoversTheWeightsOfTheProcessThatMadeTheData() {
        Random random = new Random(7);
        int n = 20_000;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            x[i] = new double[] {a, b};
            double p = 1 / (1 + Math.exp(-(0.5 + 1.5 * a - 1.0 * b)));
            y[i] = random.nextDouble() < p;
        }
        LogisticRegression fit = LogisticRegression.fit(columns(x), y, null);
        // The features are already standard normal, so the standardised weights are the true ones.
        assertThat(fit.standardisedWeights()[0]).isCloseTo(1.5, within(0.08));
        assertThat(fit.standardisedWeights()[1]).isCloseTo(-1.0, within(0.08));
        assertThat(fit.probability(new double[] {0, 0})).isCloseTo(1 / (1 + Math.exp(-0.5)), within(0.03));
    }

    @Test
    void staysFiniteWhenAFeatureSeparatesTheOutcomesOrNeverVaries() {
        double[][] x = new double[200][];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            x[i] = new double[] {i, 3.0};
            y[i] = i >= 100;
        }
        LogisticRegression fit = LogisticRegression.fit(columns(x), y, null);
        assertThat(fit.probability(new double[] {150, 3.0})).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(fit.probability(new double[] {50, 3.0})).isLessThan(0.1).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void fitsOnlyTheRowsItIsGiven() {
        double[][] x = {{0}, {1}, {2}, {3}, {0}, {1}, {2}, {3}};
        // The first four say "higher is the outcome", the last four the opposite.
        boolean[] y = {false, false, true, true, true, true, false, false};
        boolean[] first = {true, true, true, true, false, false, false, false};
        boolean[] last = {false, false, false, false, true, true, true, true};
        assertThat(LogisticRegression.fit(columns(x), y, first).standardisedWeights()[0])
                .isPositive();
        assertThat(LogisticRegression.fit(columns(x), y, last).standardisedWeights()[0])
                .isNegative();
    }

    /** Rows to columns, as the regression takes them. */
    static double[][] columns(double[][] rows) {
        double[][] columns = new double[rows[0].length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int f = 0; f < rows[i].length; f++) {
                columns[f][i] = rows[i][f];
            }
        }
        return columns;
    }
}
