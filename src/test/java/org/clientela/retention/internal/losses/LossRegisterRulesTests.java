package org.clientela.retention.internal.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.LossReason;
import org.junit.jupiter.api.Test;

/** The rules of the register's form and of the reason taxonomy, without a database. */
class LossRegisterRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void closedMovedAndDeceasedAreTheOnlyUnavoidableReasons() {
        assertThat(LossReason.ofGroup(false)).containsExactly(LossReason.CLOSED, LossReason.MOVED, LossReason.DECEASED);
        assertThat(LossReason.ofGroup(true))
                .hasSize(LossReason.values().length - 3)
                .contains(LossReason.COMPETITOR, LossReason.INDIFFERENCE, LossReason.OTHER);
    }

    @Test
    void acceptsAKnownReasonWithoutANote() {
        assertThat(LossRegister.validate("COMPETITOR", null, TODAY, TODAY)).isEqualTo(LossReason.COMPETITOR);
        assertThat(LossRegister.validate(" MOVED ", null, TODAY.minusYears(1), TODAY))
                .isEqualTo(LossReason.MOVED);
    }

    @Test
    void namesTheReasonWhenItIsMissingOrUnknown() {
        assertThat(fields(null, null, TODAY)).containsExactly("reason:retention.loss.reason.required");
        assertThat(fields("", null, TODAY)).containsExactly("reason:retention.loss.reason.required");
        assertThat(fields("BORED", null, TODAY)).containsExactly("reason:retention.loss.reason.unknown");
        assertThat(fields("competitor", null, TODAY)).containsExactly("reason:retention.loss.reason.unknown");
    }

    @Test
    void otherNeedsANoteAndNotesHaveALimit() {
        assertThat(fields("OTHER", null, TODAY)).containsExactly("note:retention.loss.note.required");
        assertThat(LossRegister.validate("OTHER", "se jubiló", TODAY, TODAY)).isEqualTo(LossReason.OTHER);
        assertThat(fields("COMPETITOR", "x".repeat(LossRegister.NOTE_MAX + 1), TODAY))
                .containsExactly("note:retention.loss.note.tooLong");
    }

    @Test
    void aLossCannotBeInTheFutureAndAllErrorsAreSaidAtOnce() {
        assertThat(fields("OTHER", null, TODAY.plusDays(1)))
                .containsExactly("note:retention.loss.note.required", "lostOn:retention.loss.lostOn.future");
    }

    private static java.util.List<String> fields(String reason, String note, LocalDate lostOn) {
        try {
            LossRegister.validate(reason, note, lostOn, TODAY);
        } catch (InvalidInputException ex) {
            return ex.errors().stream()
                    .map(e -> e.field() + ":" + e.messageKey())
                    .toList();
        }
        throw new AssertionError("no error for " + reason);
    }

    @Test
    void anInvalidInputIsAnException() {
        assertThatThrownBy(() -> LossRegister.validate("NOPE", null, TODAY, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .extracting(ex -> ((InvalidInputException) ex).errors().get(0))
                .extracting(InputError::field)
                .isEqualTo("reason");
    }
}
