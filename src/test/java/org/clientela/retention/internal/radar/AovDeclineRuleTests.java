package org.clientela.retention.internal.radar;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientela.retention.SignalKind;
import org.junit.jupiter.api.Test;

class AovDeclineRuleTests {

    final AovDeclineRule rule = new AovDeclineRule(Rhythms.defaults());

    @Test
    void firesWhenTheRecentAverageFallsMoreThanTheShare() {
        // Baseline 20 orders of 182 €, recent 6 orders of 97 €.
        var finding = rule.judge(Rhythms.withOrders(6, "582.00", 20, "3640.00")).orElseThrow();

        assertThat(finding.kind()).isEqualTo(SignalKind.AOV_DECLINE);
        assertThat(finding.args()).containsExactly("m:182.00", "m:97.00", "n:3", "n:6", "n:47");
        // (182 - 97) × 6 orders × 12 / 3 months
        assertThat(finding.moneyAtStake()).isEqualByComparingTo("2040.00");
    }

    @Test
    void aSmallerFallIsNoSignal() {
        // 182 € to 130 €: 28.6 %, under the 30 % share.
        assertThat(rule.judge(Rhythms.withOrders(5, "650.00", 20, "3640.00"))).isEmpty();
    }

    @Test
    void needsEnoughOrdersInBothPeriods() {
        assertThat(rule.judge(Rhythms.withOrders(1, "10.00", 20, "3640.00"))).isEmpty();
        assertThat(rule.judge(Rhythms.withOrders(6, "60.00", 2, "364.00"))).isEmpty();
    }
}
