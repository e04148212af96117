package org.clientela.service.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits a case's inputs keep, in one place for forms, API bodies and the use cases. */
class CaseInputTests {

    @Test
    void aSubjectIsRequiredWhenOpeningAndAtMostItsLimitOnceTrimmed() {
        assertThat(ServiceCase.subjectProblem("  ", true))
                .get()
                .extracting(InputError::messageKey)
                .isEqualTo("service.value.required");
        assertThat(ServiceCase.subjectProblem(null, false)).isEmpty();
        assertThat(ServiceCase.subjectProblem(" " + "a".repeat(ServiceCase.SUBJECT_MAX) + " ", true))
                .isEmpty();
        assertThat(ServiceCase.subjectProblem("a".repeat(ServiceCase.SUBJECT_MAX + 1), false))
                .get()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("subject");
                    assertThat(error.messageKey()).isEqualTo("service.value.tooLong");
                    assertThat(error.args()).containsExactly(ServiceCase.SUBJECT_MAX);
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {ServiceCase.CADENCE_MIN - 1, ServiceCase.CADENCE_MAX + 1, -5, 365})
    void aCadenceOutsideItsRangeIsRefused(int days) {
        assertThatThrownBy(() -> ServiceCase.checkCadence(days))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.errors())
                                .singleElement()
                                .extracting(InputError::field)
                                .isEqualTo("updateEveryDays"));
    }

    @ParameterizedTest
    @ValueSource(ints = {ServiceCase.CADENCE_MIN, 5, ServiceCase.CADENCE_MAX})
    void aCadenceInsideItsRangeIsTaken(int days) {
        ServiceCase.checkCadence(days);
        ServiceCase.checkCadence(null);
    }

    @Test
    void textsLongerThanTheirColumnsAreRefusedTogether() {
        assertThatThrownBy(() -> ServiceCase.checkTexts(
                        "a".repeat(ServiceCase.OWNER_MAX + 1),
                        "a".repeat(ServiceCase.SUBJECT_MAX + 1),
                        "a".repeat(ServiceCase.DESCRIPTION_MAX + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.errors())
                                .extracting(InputError::field)
                                .containsExactly("owner", "subject", "description"));
        ServiceCase.checkTexts("ana", "a".repeat(ServiceCase.SUBJECT_MAX), null);
    }
}
