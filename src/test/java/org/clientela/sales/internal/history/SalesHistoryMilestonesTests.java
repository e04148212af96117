package org.clientela.sales.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.sales.SalesHistory.ActivityRecord;
import org.clientela.sales.internal.prospects.ProspectKeys;
import org.junit.jupiter.api.Test;

/** The rules that turn a prospect's steps into its first-step moments and outcome, and the keys it is found by. */
class SalesHistoryMilestonesTests {

    static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void aMeetingWithoutAnAppointmentLoggedStillReachedTheAppointmentStageThen() {
        Milestones m = Milestones.of(List.of(step("MEETING", 3), step("CALL", 1)));

        assertThat(m.firstCall()).isEqualTo(at(1));
        assertThat(m.firstConversation()).isEqualTo(at(3));
        assertThat(m.firstAppointment()).isEqualTo(at(3));
        assertThat(m.firstMeeting()).isEqualTo(at(3));
        assertThat(m.firstProposal()).isNull();
        assertThat(m.outcome()).isNull();
        assertThat(m.lastAt()).isEqualTo(at(3));
    }

    @Test
    void aLossKeepsTheStagesReachedAndNamesItsReason() {
        Milestones m = Milestones.of(List.of(
                step("CALL", 1),
                new ActivityRecord("PROPOSAL", at(4), "ana", 30, BigDecimal.ONE, null, null, null),
                new ActivityRecord("LOST", at(9), "ana", 5, null, null, "competitor", null)));

        assertThat(m.firstProposal()).isEqualTo(at(4));
        assertThat(m.outcome()).isEqualTo("LOST");
        assertThat(m.lostReason()).isEqualTo("COMPETITOR");
        assertThat(m.decidedAt()).isEqualTo(at(9));
        assertThat(m.wonAmount()).isNull();
    }

    @Test
    void refusesWhatTheActivityLogWouldRefuse() {
        assertThatThrownBy(() -> Milestones.of(List.of(step("EMAIL", 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EMAIL");
        assertThatThrownBy(() -> Milestones.of(List.of(step("WON", 1)))).hasMessageContaining("without its amount");
        assertThatThrownBy(() -> Milestones.of(List.of(step("LOST", 1)))).hasMessageContaining("without its reason");
        assertThatThrownBy(() ->
                        Milestones.of(List.of(new ActivityRecord("LOST", at(1), "ana", 1, null, null, "BORED", null))))
                .hasMessageContaining("BORED");
        assertThatThrownBy(() -> Milestones.of(List.of(
                        new ActivityRecord("WON", at(1), "ana", 1, BigDecimal.TEN, null, null, null), step("CALL", 2))))
                .hasMessageContaining("after the prospect was WON");
    }

    @Test
    void keysAreMadeTheSimpleWay() {
        assertThat(ProspectKeys.sortName("  Óptica Peña S.L.")).isEqualTo("optica pena s.l.");
        assertThat(ProspectKeys.emailKey(" Hola@Bar.ES ")).isEqualTo("hola@bar.es");
        assertThat(ProspectKeys.taxIdKey("b-76.543.210")).isEqualTo("B76543210");
        assertThat(ProspectKeys.taxIdKey(" ")).isNull();
    }

    private static ActivityRecord step(String kind, int day) {
        return new ActivityRecord(kind, at(day), "ana", 3, null, null, null, null);
    }

    private static Instant at(int day) {
        return T.plusSeconds(86_400L * day);
    }
}
