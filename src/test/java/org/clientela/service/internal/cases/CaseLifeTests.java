package org.clientela.service.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.clientela.customers.CustomerId;
import org.clientela.service.CaseId;
import org.clientela.service.CaseResolved;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.service.Resolution;
import org.clientela.service.internal.calendar.BusinessDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/** Every move of a case's life, allowed and refused, as the status knows it and as the case keeps it. */
class CaseLifeTests {

    private static final ZoneId ZONE = ZoneId.of("Atlantic/Canary");
    private static final BusinessDays DAYS = new BusinessDays(Set.of(), ZONE);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    /** The moves a case may make; every other pair of statuses is refused. */
    private static final Set<List<CaseStatus>> ALLOWED = Set.of(
            List.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS),
            List.of(CaseStatus.OPEN, CaseStatus.RESOLVED),
            List.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED),
            List.of(CaseStatus.RESOLVED, CaseStatus.CLOSED),
            List.of(CaseStatus.RESOLVED, CaseStatus.IN_PROGRESS));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.contains(List.of(from, to))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void theStatusKnowsItsMoves(CaseStatus from, CaseStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void theCaseMovesOnlyAsItsStatusAllows(CaseStatus from, CaseStatus to, boolean allowed) {
        ServiceCase c = caseIn(from);
        if (allowed) {
            c.moveTo(to, Resolution.IN_FAVOUR, null, 80, NOW, DAYS);
            assertThat(c.getStatus()).isEqualTo(to);
        } else if (from == to && from.isOpen()) {
            // Asking an open case for the status it has only saves its other changes.
            c.moveTo(to, Resolution.IN_FAVOUR, null, 80, NOW, DAYS);
            assertThat(c.getStatus()).isEqualTo(from);
        } else {
            assertThatThrownBy(() -> c.moveTo(to, Resolution.IN_FAVOUR, null, 80, NOW, DAYS))
                    .isInstanceOfSatisfying(CaseStateException.class, refused -> {
                        assertThat(refused.from()).isEqualTo(from);
                        assertThat(refused.to()).isEqualTo(to);
                        assertThat(refused.problemType()).isEqualTo("case-state");
                        assertThat(refused.messageArgs()).containsExactly(from, to);
                    });
            assertThat(c.getStatus()).isEqualTo(from);
        }
    }

    @Test
    void startingIsForAnOpenCaseAndReopeningForAResolvedOne() {
        ServiceCase resolved = caseIn(CaseStatus.RESOLVED);
        assertThatThrownBy(() -> resolved.start(NOW)).isInstanceOf(CaseStateException.class);
        ServiceCase open = caseIn(CaseStatus.OPEN);
        assertThatThrownBy(() -> open.reopen(NOW, DAYS)).isInstanceOf(CaseStateException.class);
    }

    @Test
    void resolvingRegistersCaseResolvedAndARefusedMoveRegistersNothing() {
        ServiceCase c = caseIn(CaseStatus.IN_PROGRESS);
        ReflectionTestUtils.setField(c, "id", 5L); // as the repository gives it when saving
        c.resolve(Resolution.AGAINST_CUSTOMER, "x".repeat(80), 80, NOW);
        assertThatThrownBy(() -> c.resolve(Resolution.IN_FAVOUR, null, 80, NOW)).isInstanceOf(CaseStateException.class);

        assertThat(c.domainEvents()).singleElement().isInstanceOfSatisfying(CaseResolved.class, event -> {
            assertThat(event.caseId()).isEqualTo(CaseId.of(5));
            assertThat(event.reference()).isEqualTo("C-2026-000001");
            assertThat(event.customerId()).isEqualTo(CustomerId.of(7));
            assertThat(event.resolvedAt()).isEqualTo(NOW);
            assertThat(event.complaintClosedAgainstCustomer()).isTrue();
        });
        c.clearDomainEvents();
        assertThat(c.domainEvents()).isEmpty();
    }

    /** A complaint brought to {@code status} the way a person would. */
    static ServiceCase caseIn(CaseStatus status) {
        ServiceCase c = ServiceCase.open(
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
                NOW,
                DAYS);
        switch (status) {
            case OPEN -> {}
            case IN_PROGRESS -> c.start(NOW);
            case RESOLVED -> c.resolve(Resolution.IN_FAVOUR, null, 80, NOW);
            case CLOSED -> {
                c.resolve(Resolution.IN_FAVOUR, null, 80, NOW);
                c.close(NOW);
            }
        }
        c.clearDomainEvents();
        return c;
    }
}
