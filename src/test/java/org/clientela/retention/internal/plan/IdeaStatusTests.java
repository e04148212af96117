package org.clientela.retention.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move of a plan idea's status, allowed and refused. */
class IdeaStatusTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "IDEA, ADOPTED",
        "IDEA, DROPPED",
        "ADOPTED, IDEA",
        "ADOPTED, DROPPED",
        "DROPPED, IDEA",
        "DROPPED, ADOPTED"
    })
    void movesToAnotherStatus(IdeaStatus from, IdeaStatus to) {
        assertThat(from.canBecome(to)).isTrue();
        assertThat(idea(from).moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {0}")
    @CsvSource({"IDEA", "ADOPTED", "DROPPED"})
    void refusesAMoveToWhereItStands(IdeaStatus status) {
        assertThat(status.canBecome(status)).isFalse();
        assertThat(status.canBecome(null)).isFalse();
        assertThatThrownBy(() -> idea(status).moveTo(status)).isInstanceOfSatisfying(IdeaStateException.class, e -> {
            assertThat(e.problemType()).isEqualTo("idea-state");
            assertThat(e.messageKey()).isEqualTo("retention.plan.idea.stateConflict");
            assertThat(e.from()).isEqualTo(status);
        });
    }

    private static Idea idea(IdeaStatus status) {
        return new Idea(1, "Llamar", null, "Reunión", null, LocalDate.of(2026, 1, 10), status, "ana");
    }
}
