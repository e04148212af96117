package org.clientela.service.internal.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move of a letter's life, allowed and refused, and the reason a person reads for a refusal. */
class LetterLifeTests {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    /** The moves a letter may make; every other pair of statuses is refused. */
    private static final Set<List<LetterStatus>> ALLOWED = Set.of(
            List.of(LetterStatus.DRAFT, LetterStatus.APPROVED),
            List.of(LetterStatus.APPROVED, LetterStatus.DRAFT),
            List.of(LetterStatus.APPROVED, LetterStatus.SENDING),
            List.of(LetterStatus.APPROVED, LetterStatus.SENT),
            List.of(LetterStatus.SENDING, LetterStatus.SENT),
            List.of(LetterStatus.SENDING, LetterStatus.APPROVED));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (LetterStatus from : LetterStatus.values()) {
            for (LetterStatus to : LetterStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(List.of(from, to))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void theStatusKnowsItsMoves(LetterStatus from, LetterStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "refused from {0}: {1}")
    @CsvSource({"DRAFT, NOT_APPROVED", "APPROVED, ALREADY_APPROVED", "SENDING, BEING_SENT", "SENT, ALREADY_SENT"})
    void aRefusalSaysWhereTheLetterStands(LetterStatus from, LetterRefused.Reason reason) {
        LetterStateException refused = new LetterStateException(3L, from, LetterStatus.SENDING);
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.messageKey()).isEqualTo(reason.messageKey());
        assertThat(refused.problemType())
                .isEqualTo("letter-" + reason.name().toLowerCase().replace('_', '-'));
    }

    @Test
    void aDraftIsApprovedBySomeoneElseOnceAndAnEditTakesTheApprovalAway() {
        Letter letter = Letter.draft(1, 7, LetterKind.THANKS, "es", "Asunto", "Texto", "ana", NOW);
        assertThatThrownBy(letter::checkSendable)
                .isInstanceOfSatisfying(
                        LetterStateException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(LetterRefused.Reason.NOT_APPROVED));
        assertThatThrownBy(() -> letter.approve("ana", NOW))
                .isInstanceOfSatisfying(
                        LetterRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(LetterRefused.Reason.OWN_LETTER));

        letter.approve("luis", NOW);
        assertThat(letter.getStatus()).isEqualTo(LetterStatus.APPROVED);
        letter.checkSendable();
        assertThatThrownBy(() -> letter.approve("eva", NOW))
                .isInstanceOfSatisfying(LetterStateException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(LetterRefused.Reason.ALREADY_APPROVED);
                    assertThat(refused.messageArgs()).containsExactly("luis");
                });

        assertThat(letter.edit("Asunto", "Otro texto", NOW)).isTrue();
        assertThat(letter.getStatus()).isEqualTo(LetterStatus.DRAFT);
        assertThat(letter.getApprovedBy()).isNull();
    }

    @Test
    void onlyTheRequestThatClaimedALetterRecordsItSent() {
        Letter letter = Letter.draft(1, 7, LetterKind.THANKS, "es", "Asunto", "Texto", "ana", NOW);
        letter.approve("luis", NOW);
        assertThatThrownBy(() -> letter.sent("marta@example.org", "luis", NOW))
                .isInstanceOf(IllegalStateException.class);
        letter.sendFailed("550 no such user", NOW);
        assertThat(letter.getStatus()).isEqualTo(LetterStatus.APPROVED);
        assertThat(letter.getLastSendError()).isEqualTo("550 no such user");
    }
}
