package org.clientela.service.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.Resolution;
import org.clientela.service.internal.calendar.BusinessDays;
import org.junit.jupiter.api.Test;

class ServiceCaseTests {

    private static final ZoneId ZONE = ZoneId.of("Atlantic/Canary");
    private final BusinessDays days = new BusinessDays(Set.of(), ZONE);
    // A Monday morning.
    private final Instant monday =
            java.time.LocalDateTime.parse("2026-11-23T09:00").atZone(ZONE).toInstant();

    private ServiceCase complaint() {
        return ServiceCase.open(
                "C-2026-000001",
                7,
                CaseType.COMPLAINT,
                Channel.PHONE,
                ComplaintReason.NOT_KEPT_INFORMED,
                null,
                "ana",
                "Nadie me llama",
                null,
                2,
                "ana",
                monday,
                days);
    }

    @Test
    void anOpenCaseOwesTheCustomerNewsEveryFewWorkingDays() {
        ServiceCase c = complaint();
        assertThat(c.getNextUpdateDueAt()).isEqualTo(monday.plus(Duration.ofDays(2)));
        assertThat(c.isUpdateOverdue(monday.plus(Duration.ofDays(2)))).isTrue();
        assertThat(c.isUpdateOverdue(monday.plus(Duration.ofDays(1)))).isFalse();

        Instant wednesday = monday.plus(Duration.ofDays(2)).plus(Duration.ofHours(1));
        c.addNote(NoteKind.TOLD_CUSTOMER, "Le llamé: el técnico va el jueves", "ana", wednesday, days);
        assertThat(c.getLastCustomerUpdateAt()).isEqualTo(wednesday);
        // Wednesday + 2 working days = Friday.
        assertThat(c.getNextUpdateDueAt()).isEqualTo(wednesday.plus(Duration.ofDays(2)));

        c.addNote(NoteKind.INTERNAL, "El técnico confirma", "ana", wednesday.plusSeconds(60), days);
        assertThat(c.getLastCustomerUpdateAt()).isEqualTo(wednesday);
    }

    @Test
    void aResolvedCaseCannotBeResolvedAgainNorStartedAndOwesNoMoreNews() {
        ServiceCase c = complaint();
        c.start(monday);
        c.addConcession(new Concession(ConcessionKind.VOUCHER, new BigDecimal("20.00"), null, "ana", monday), monday);
        c.addConcession(new Concession(ConcessionKind.REFUND, new BigDecimal("15.50"), null, "ana", monday), monday);
        c.resolve(Resolution.IN_FAVOUR, null, 80, monday);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.concessionTotal()).isEqualByComparingTo("35.50");
        assertThat(c.isUpdateOverdue(monday.plus(Duration.ofDays(30)))).isFalse();
        assertThatThrownBy(() -> c.resolve(Resolution.IN_FAVOUR, null, 80, monday))
                .isInstanceOf(CaseStateException.class);
        assertThatThrownBy(() -> c.start(monday)).isInstanceOf(CaseStateException.class);
        c.close(monday);
        assertThatThrownBy(() -> c.reopen(monday, days)).isInstanceOf(CaseStateException.class);
    }

    @Test
    void sayingNoNeedsTheReasons() {
        ServiceCase c = complaint();
        assertThatThrownBy(() -> c.resolve(Resolution.AGAINST_CUSTOMER, "   No procede.   ", 80, monday))
                .isInstanceOf(ExplanationTooShortException.class);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.OPEN);
        String why = "x".repeat(80);
        c.resolve(Resolution.AGAINST_CUSTOMER, why, 80, monday);
        assertThat(c.getResolution()).isEqualTo(Resolution.AGAINST_CUSTOMER);
        assertThat(c.getResolutionExplanation()).isEqualTo(why);
    }

    @Test
    void onlyComplaintsCarryAReason() {
        ServiceCase q = ServiceCase.open(
                "C-2026-000002",
                7,
                CaseType.QUESTION,
                Channel.WEB,
                ComplaintReason.OTHER,
                null,
                null,
                "¿Abren el sábado?",
                null,
                2,
                "web",
                monday,
                days);
        assertThat(q.getReason()).isNull();
        assertThat(q.getPriority()).isEqualTo(Priority.NORMAL);
    }
}
