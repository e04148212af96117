package org.clientela.satisfaction.internal.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An idea is looked at before it is decided, and a decided idea stays decided. */
class IdeaStatusTests {

    @Test
    void eachStatusAllowsOnlyTheNextStep() {
        assertThat(IdeaStatus.RECEIVED.canBecome(IdeaStatus.LOOKING)).isTrue();
        assertThat(IdeaStatus.RECEIVED.canBecome(IdeaStatus.ADOPTED)).isFalse();
        assertThat(IdeaStatus.RECEIVED.canBecome(IdeaStatus.DECLINED)).isFalse();
        assertThat(IdeaStatus.LOOKING.canBecome(IdeaStatus.ADOPTED)).isTrue();
        assertThat(IdeaStatus.LOOKING.canBecome(IdeaStatus.DECLINED)).isTrue();
        assertThat(IdeaStatus.LOOKING.canBecome(IdeaStatus.RECEIVED)).isFalse();
        for (IdeaStatus next : IdeaStatus.values()) {
            assertThat(IdeaStatus.ADOPTED.canBecome(next)).isFalse();
            assertThat(IdeaStatus.DECLINED.canBecome(next)).isFalse();
        }
    }

    @Test
    void aRefusedMoveNamesWhereTheIdeaStandsAndAStayIsNoMove() {
        Idea idea = idea(IdeaStatus.ADOPTED);
        assertThat(idea.moveTo(IdeaStatus.ADOPTED)).isEqualTo(IdeaStatus.ADOPTED);
        assertThatThrownBy(() -> idea.moveTo(IdeaStatus.DECLINED))
                .isInstanceOfSatisfying(IdeaStateException.class, ex -> {
                    assertThat(ex.from()).isEqualTo(IdeaStatus.ADOPTED);
                    assertThat(ex.to()).isEqualTo(IdeaStatus.DECLINED);
                    assertThat(ex.problemType()).isEqualTo("customer-idea-state");
                });
    }

    @Test
    void anOpenIdeaIsDueFromItsFollowUpDayAndADecidedOneNever() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        assertThat(idea(IdeaStatus.LOOKING).due(day.minusDays(1))).isFalse();
        assertThat(idea(IdeaStatus.LOOKING).due(day)).isTrue();
        assertThat(idea(IdeaStatus.RECEIVED).due(day.plusDays(5))).isTrue();
        assertThat(idea(IdeaStatus.DECLINED).due(day.plusDays(5))).isFalse();
    }

    private static Idea idea(IdeaStatus status) {
        return new Idea(
                1,
                2,
                "Más aparcamiento",
                IdeaArea.SERVICE,
                IdeaChannel.PHONE,
                "ana",
                status,
                LocalDate.of(2026, 3, 10),
                null,
                null,
                null,
                null,
                "ana",
                Instant.parse("2026-03-01T10:00:00Z"),
                0);
    }
}
