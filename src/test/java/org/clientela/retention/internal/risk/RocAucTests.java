package org.clientela.retention.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocAucTests {

    @Test
    void aPerfectRankingIsOneAndItsReverseZero() {
        double[] score = {0.9, 0.8, 0.3, 0.1};
        boolean[] lost = {true, true, false, false};
        assertThat(RocAuc.of(score, lost)).isEqualTo(1.0);
        assertThat(RocAuc.of(new double[] {0.1, 0.3, 0.8, 0.9}, lost)).isEqualTo(0.0);
    }

    @Test
    void tiesCountHalf() {
        assertThat(RocAuc.of(new double[] {0.5, 0.5, 0.5, 0.5}, new boolean[] {true, false, true, false})).isEqualTo(0.5);
        // Pairs (lost, kept): (0.9, 0.5) win, (0.9, 0.2) win, (0.5, 0.5) half, (0.5, 0.2) win -> 3.5 / 4.
        assertThat(RocAuc.of(new double[] {0.9, 0.5, 0.5, 0.2}, new boolean[] {true, true, false, false}))
                .isCloseTo(0.875, within(1e-12));
    }

    @Test
    void isUndefinedWithoutBothOutcomes() {
        assertThat(RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})).isNaN();
    }
}
