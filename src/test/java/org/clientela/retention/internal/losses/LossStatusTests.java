package org.clientela.retention.internal.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientela.retention.LossReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move of a loss, allowed and refused, and the guarded update built from the same rule. */
class LossStatusTests {

    @Test
    void aStandingLossIsWonBack() {
        assertThat(LossStatus.STANDING.canBecome(LossStatus.WON_BACK)).isTrue();
        assertThat(loss(null).moveTo(LossStatus.WON_BACK)).isEqualTo(LossStatus.WON_BACK);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"STANDING, STANDING", "WON_BACK, WON_BACK", "WON_BACK, STANDING"})
    void refusesEveryOtherMove(LossStatus from, LossStatus to) {
        assertThat(from.canBecome(to)).isFalse();
        Loss loss = loss(from == LossStatus.WON_BACK ? LocalDate.of(2026, 3, 1) : null);
        assertThatThrownBy(() -> loss.moveTo(to)).isInstanceOfSatisfying(LossStateException.class, e -> {
            assertThat(e.problemType()).isEqualTo("loss-state");
            assertThat(e.messageKey()).isEqualTo("retention.loss.stateConflict");
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.to()).isEqualTo(to);
        });
    }

    @Test
    void theGuardedUpdateChangesOnlyWhatTheRuleAllows() {
        assertThat(LossStatus.from(LossStatus.WON_BACK)).containsExactly(LossStatus.STANDING);
        assertThat(LossStatus.from(LossStatus.STANDING)).isEmpty();
        assertThat(LossRegister.whereStatusIn(LossStatus.from(LossStatus.WON_BACK)))
                .isEqualTo("won_back_on IS NULL");
        assertThat(LossRegister.whereStatusIn(List.of())).isEqualTo("FALSE");
    }

    private static Loss loss(LocalDate wonBackOn) {
        return new Loss(
                1,
                7,
                LossReason.MOVED,
                null,
                LocalDate.of(2026, 2, 1),
                BigDecimal.TEN,
                null,
                "EUR",
                "ana",
                Instant.parse("2026-02-01T10:00:00Z"),
                wonBackOn);
    }
}
