package org.clientela.privacy.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The law's month and the statuses a request moves through. */
class RightsRequestTests {

    @Test
    void aRequestIsDueOnTheSameDayOfTheNextMonth() {
        assertThat(RightsRequest.dueOn(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(RightsRequest.dueOn(LocalDate.of(2027, 12, 20))).isEqualTo(LocalDate.of(2028, 1, 20));
    }

    @Test
    void whenTheNextMonthHasNoSuchDayItIsDueOnItsLastDay() {
        assertThat(RightsRequest.dueOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(RightsRequest.dueOn(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RightsRequest.dueOn(LocalDate.of(2028, 1, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RightsRequest.dueOn(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(RightsRequest.dueOn(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void anExtensionAddsTwoMonthsCountedFromReceipt() {
        assertThat(RightsRequest.extendedDueOn(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RightsRequest.extendedDueOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void aRequestIsExtendedOnceAndClosedForGood() {
        assertThat(RequestStatus.OPEN.canBecome(RequestStatus.EXTENDED)).isTrue();
        assertThat(RequestStatus.OPEN.canBecome(RequestStatus.ANSWERED)).isTrue();
        assertThat(RequestStatus.EXTENDED.canBecome(RequestStatus.EXTENDED)).isFalse();
        assertThat(RequestStatus.EXTENDED.canBecome(RequestStatus.REFUSED)).isTrue();
        for (RequestStatus next : RequestStatus.values()) {
            assertThat(RequestStatus.ANSWERED.canBecome(next)).isFalse();
            assertThat(RequestStatus.REFUSED.canBecome(next)).isFalse();
        }
    }
}
