package org.clientela.retention.internal.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientela.retention.internal.radar.Rhythms.TODAY;

import org.clientela.retention.SignalKind;
import org.junit.jupiter.api.Test;

class OverdueRuleTests {

    final OverdueRule rule = new OverdueRule(Rhythms.defaults());

    @Test
    void firesWhenTheWaitPassesTwiceTheCustomersOwnMedianInterval() {
        // Median 14, p90 16: limit 28 days.
        var finding = rule.judge(Rhythms.withGaps(TODAY.minusDays(41), 14, 13, 15, 14, 16, 14), TODAY)
                .orElseThrow();

        assertThat(finding.kind()).isEqualTo(SignalKind.OVERDUE);
        assertThat(finding.messageKey()).isEqualTo(OverdueRule.MESSAGE);
        assertThat(finding.args()).containsExactly("n:14", "n:3", "n:41", "n:28");
        assertThat(finding.moneyAtStake()).isEqualByComparingTo("1200.00");
    }

    @Test
    void staysQuietWithinTheLimit() {
        assertThat(rule.judge(Rhythms.withGaps(TODAY.minusDays(28), 14, 13, 15, 14, 16, 14), TODAY))
                .isEmpty();
    }

    @Test
    void anIrregularBuyerIsJudgedByTheirOwnNinetiethPercentile() {
        // Median 10, but one gap of 60 among five: p90 is 60, so 45 days is not late for them.
        var rhythm = Rhythms.withGaps(TODAY.minusDays(45), 10, 9, 11, 10, 60);
        assertThat(rule.judge(rhythm, TODAY)).isEmpty();
        assertThat(rule.judge(Rhythms.withGaps(TODAY.minusDays(61), 10, 9, 11, 10, 60), TODAY))
                .isPresent();
    }

    @Test
    void needsEnoughIntervalsToKnowARhythm() {
        assertThat(rule.judge(Rhythms.withGaps(TODAY.minusDays(300), 14, 14), TODAY))
                .isEmpty();
    }
}
