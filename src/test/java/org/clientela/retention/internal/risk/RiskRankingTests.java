package org.clientela.retention.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RiskRankingTests {

    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    /**
     * A base where how often a customer buys matters as much as when they last bought: each customer
     * buys at a steady rhythm of their own (every 7 to 150 days), and half stop some weeks before the
     * backtest's day. Recency alone cannot tell a weekly buyer who has been away 30 days (gone) from a
     * quarterly one (on time); the history can.
     */
    static PurchaseHistories base(int customers, long seed) {
        Random random = new Random(seed);
        PurchaseHistories histories = new PurchaseHistories(AS_OF, 90);
        int start = (int) AS_OF.minusDays(540).toEpochDay();
        for (int c = 0; c < customers; c++) {
            int rhythm = 7 + random.nextInt(144);
            // Half stop at some day of the last 150 days before the backtest's day: long enough ago for a
            // weekly buyer to be plainly gone, not for a quarterly one.
            int stop =
                    random.nextDouble() < 0.5 ? (int) AS_OF.toEpochDay() - 90 - random.nextInt(150) : Integer.MAX_VALUE;
            int first = start + random.nextInt(60);
            List<Integer> gaps = new ArrayList<>();
            int day = first;
            while (true) {
                int gap = Math.max(1, (int) Math.round(rhythm * (0.5 + random.nextDouble())));
                if (day + gap > AS_OF.toEpochDay() || day + gap > stop) {
                    break;
                }
                gaps.add(gap);
                day += gap;
            }
            histories.add(c + 1, LocalDate.ofEpochDay(first), gaps, 100, 0);
        }
        return histories;
    }

    @Test
    void keepsTheBlendWhenNoWayAloneBeatsItClearly() {
        RiskRanking.Result result = RiskRanking.rank(base(4_000, 1), null);

        // Here recency, history and rhythm end within a point of each other: the blend of the fitted ones.
        assertThat(result.method()).isEqualTo(RiskRanking.Method.BLEND);
        double best = result.auc().values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        assertThat(result.chosenAuc())
                .isGreaterThan(best - RiskRanking.CLEAR_WIN)
                .isGreaterThan(0.75);
        assertThat(result.auc())
                .containsKeys(RiskRanking.Method.RECENCY, RiskRanking.Method.HISTORY, RiskRanking.Method.RHYTHM);
        assertThat(result.backtestCustomers()).isEqualTo(4_000);
        assertThat(result.topShare()).isGreaterThan(result.baseShare());
        assertThat(result.riskScore()).hasSize(4_000);
        assertThat(java.util.Arrays.stream(result.riskScore()).allMatch(s -> s >= 0 && s <= 1))
                .isTrue();
        assertThat(result.auc()).doesNotContainKey(RiskRanking.Method.MODEL);
    }

    @Test
    void ranksTodaysBaseAsTheBacktestLearntAndItPredicts() {
        // Learn on one base as of AS_OF, then check the scores against what the same rhythms do next:
        // a customer who stopped is at more risk than one who did not, on average.
        PurchaseHistories histories = base(4_000, 2);
        RiskRanking.Result result = RiskRanking.rank(histories, null);
        double stopped = 0;
        double active = 0;
        int nStopped = 0;
        int nActive = 0;
        for (int i = 0; i < histories.size(); i++) {
            if (histories.daysSinceLast(i) > 200) {
                stopped += result.riskScore()[i];
                nStopped++;
            } else if (histories.daysSinceLast(i) < 10) {
                active += result.riskScore()[i];
                nActive++;
            }
        }
        assertThat(stopped / nStopped).isGreaterThan(active / nActive + 0.3);
    }

    @Test
    void aModelThatCannotRankIsNotChosen() {
        PurchaseHistories histories = base(3_000, 3);
        // A model that expects nothing of anyone cannot rank: it is judged at 0.5 and not chosen.
        RiskRanking.ExpectedPurchases oracle = new RiskRanking.ExpectedPurchases() {
            @Override
            public double of(int x, double tx, double T, double horizonWeeks) {
                return 0;
            }
        };
        RiskRanking.Result withUselessModel = RiskRanking.rank(histories, oracle);
        assertThat(withUselessModel.auc()).containsKey(RiskRanking.Method.MODEL);
        assertThat(withUselessModel.auc().get(RiskRanking.Method.MODEL)).isEqualTo(0.5);
        assertThat(withUselessModel.method()).isNotEqualTo(RiskRanking.Method.MODEL);
    }

    @Test
    void fallsBackToRecencyWhenThePastIsTooShortToLearnFrom() {
        PurchaseHistories histories = new PurchaseHistories(AS_OF, 90);
        histories.add(1, AS_OF.minusDays(10), List.of(), 10, 0);
        histories.add(2, AS_OF.minusDays(40), List.of(), 10, 0);
        histories.add(3, AS_OF.minusDays(400), List.of(100), 10, 0);

        RiskRanking.Result result = RiskRanking.rank(histories, null);

        assertThat(result.method()).isEqualTo(RiskRanking.Method.RULE);
        assertThat(result.chosenAuc()).isNull();
        double[] s = result.riskScore();
        assertThat(s[0]).isLessThan(s[1]);
        assertThat(s[1]).isLessThan(s[2]);
        assertThat(s[0]).isEqualTo(10.0 / (10 + 90));
    }
}
