package org.clientela.retention.internal.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseHistoriesTests {

    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    @Test
    void seesEachCustomerOnTheRunsDayAndOnTheBacktestsDay() {
        PurchaseHistories histories = new PurchaseHistories(AS_OF, 90);
        // Bought on 1 Jan, 15 Jan, 1 Mar (before the backtest day, 1 Apr) and 10 May (after it).
        histories.add(1, LocalDate.parse("2026-01-01"), List.of(14, 45, 70), 400, 0b10);
        // Bought twice before the backtest day, never after it.
        histories.add(2, LocalDate.parse("2026-02-01"), List.of(7), 100, 0);
        // First bought after the backtest day: not in the backtest.
        histories.add(3, LocalDate.parse("2026-05-01"), List.of(), 50, 0);

        assertThat(histories.size()).isEqualTo(3);
        assertThat(histories.purchaseDays(0)).isEqualTo(4);
        assertThat(histories.daysSinceLast(0)).isEqualTo(51);
        PurchaseHistories.Rfm now = histories.now(0);
        assertThat(now.x()).isEqualTo(3);
        assertThat(now.tx()).isCloseTo(129 / 7.0, within(1e-9));
        assertThat(now.T()).isCloseTo(180 / 7.0, within(1e-9));
        PurchaseHistories.Rfm then = histories.atCut(0);
        assertThat(then.x()).isEqualTo(2);
        assertThat(then.tx()).isCloseTo(59 / 7.0, within(1e-9));
        assertThat(then.T()).isCloseTo(90 / 7.0, within(1e-9));
        assertThat(histories.inBacktest(0)).isTrue();
        assertThat(histories.lostAfterCut(0)).isFalse();
        assertThat(histories.inBacktest(1)).isTrue();
        assertThat(histories.lostAfterCut(1)).isTrue();
        assertThat(histories.inBacktest(2)).isFalse();
        assertThat(histories.meanSpend(0)).isEqualTo(100.0);
        assertThat(histories.signals(0)).isEqualTo(0b10);
    }

    @Test
    void growsBeyondItsFirstArrays() {
        PurchaseHistories histories = new PurchaseHistories(AS_OF, 90);
        for (int i = 0; i < 5_000; i++) {
            histories.add(i, LocalDate.parse("2026-01-01"), List.of(), 10, 0);
        }
        assertThat(histories.size()).isEqualTo(5_000);
        assertThat(histories.customerId(4_999)).isEqualTo(4_999);
    }
}
