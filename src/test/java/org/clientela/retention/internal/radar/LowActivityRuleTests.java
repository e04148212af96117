package org.clientela.retention.internal.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientela.retention.internal.radar.Rhythms.TODAY;

import java.time.LocalDate;
import java.util.Optional;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.fits.CustomerBaseModel;
import org.junit.jupiter.api.Test;

class LowActivityRuleTests {

    final LowActivityRule rule = new LowActivityRule(Rhythms.defaults());

    /** A stand-in model that remembers what it was asked and answers a fixed probability. */
    static final class FixedFit implements CustomerBaseModel.Fit {
        final double probability;
        int x;
        double tx;
        double t;

        FixedFit(double probability) {
            this.probability = probability;
        }

        @Override
        public LocalDate calibrationEnd() {
            return TODAY;
        }

        @Override
        public double probabilityAlive(int repeatPurchases, double weeksToLast, double weeksObserved) {
            x = repeatPurchases;
            tx = weeksToLast;
            t = weeksObserved;
            return probability;
        }

        @Override
        public double expectedPurchases(int x, double tx, double t, double horizon) {
            return 0;
        }

        @Override
        public double expectedLifetimeValue(int x, double tx, double t, double spend) {
            return 0;
        }
    }

    @Test
    void firesUnderTheThresholdAndGivesTheModelWeeks() {
        FixedFit fit = new FixedFit(0.12);
        // 4 order days, 14 days apart, the last 70 days ago.
        var rhythm = Rhythms.withGaps(TODAY.minusDays(70), 14, 14, 14);

        var finding = rule.judge(rhythm, TODAY, fit).orElseThrow();

        assertThat(fit.x).isEqualTo(3);
        assertThat(fit.tx).isEqualTo(6.0);
        assertThat(fit.t).isEqualTo(16.0);
        assertThat(finding.kind()).isEqualTo(SignalKind.LOW_ACTIVITY_PROBABILITY);
        assertThat(finding.args()).containsExactly("n:12", "n:4", "n:70");
    }

    @Test
    void staysQuietAtOrAboveTheThreshold() {
        assertThat(rule.judge(Rhythms.withGaps(TODAY.minusDays(10), 14, 14, 14), TODAY, new FixedFit(0.3)))
                .isEmpty();
    }

    @Test
    void theRadarSkipsTheKindWithoutAModelAndNeverJudgesAThinHistory() {
        RadarRules rules = new RadarRules(Rhythms.defaults());
        var lapsed = Rhythms.withGaps(TODAY.minusDays(70), 14, 14, 14);

        assertThat(rules.judge(lapsed, TODAY, Optional.of(new FixedFit(0.1))).findings())
                .extracting(Finding::kind)
                .contains(SignalKind.LOW_ACTIVITY_PROBABILITY);
        assertThat(rules.judge(lapsed, TODAY, Optional.empty()).findings())
                .extracting(Finding::kind)
                .doesNotContain(SignalKind.LOW_ACTIVITY_PROBABILITY);

        var twoOrders = Rhythms.withGaps(TODAY.minusDays(300), 14);
        var verdict = rules.judge(twoOrders, TODAY, Optional.of(new FixedFit(0.01)));
        assertThat(verdict.tooLittleHistory()).isTrue();
        assertThat(verdict.findings()).isEmpty();
    }
}
