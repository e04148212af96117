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
        assertThat(RocAuc.of(new double[] {0.5, 0.5, 0.5, 0.5}, new boolean[] {true, false, true, false}))
                .isEqualTo(0.5);
        // Pairs (lost, kept): (0.9, 0.5) win, (0.9, 0.2) win, (0.5, 0.5) half, (0.5, 0.2) win -> 3.5 / 4.
        assertThat(RocAuc.of(new double[] {0.9, 0.5, 0.5, 0.2}, new boolean[] {true, true, false, false}))
                .isCloseTo(0.875, within(1e-12));
    }

    @Test
    void isUndefinedWithoutBothOutcomes() {
        assertThat(RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true}))
                .isNaN();
    }

    @Test
    void agreesWithCountingEveryPair() {
        java.util.Random random = new java.util.Random(11);
        double[] score = new double[500];
        boolean[] lost = new boolean[500];
        for (int i = 0; i < 500; i++) {
            score[i] = random.nextInt(40) / 40.0;
            lost[i] = random.nextDouble() < 0.3 + score[i] / 2;
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 500; j++) {
                if (lost[i] && !lost[j]) {
                    pairs++;
                    wins += score[i] > score[j] ? 1 : score[i] == score[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(RocAuc.of(score, lost)).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void theTopOfARankingIsCountedByItsHighestScores() {
        double[] score = {0.1, 0.9, 0.5, 0.95, 0.2};
        boolean[] lost = {false, true, false, false, true};
        assertThat(RiskRanking.topLost(score, lost, 2)).isEqualTo(1);
        assertThat(RiskRanking.topLost(score, lost, 3)).isEqualTo(1);
        assertThat(RiskRanking.topLost(score, lost, 5)).isEqualTo(2);
    }
}
