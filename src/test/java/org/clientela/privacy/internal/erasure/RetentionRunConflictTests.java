package org.clientela.privacy.internal.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.platform.PersonalDataAnonymiser;
import org.clientela.sales.ProspectPersonalData;
import org.junit.jupiter.api.Test;

/**
 * Someone erases a person by hand while the nightly retention run goes through the base: the run
 * leaves that person as they now are and goes on with everyone after them, instead of stopping at
 * the first such conflict and leaving the rest for the next night.
 */
class RetentionRunConflictTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-06-01T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    final PersonalDataAnonymiser orders = mock(PersonalDataAnonymiser.class);
    final RetentionPeriods periods = mock(RetentionPeriods.class);
    final ErasureEntries journal = mock(ErasureEntries.class);
    final Anonymisations anonymisations = mock(Anonymisations.class);
    final Blocking blocking = mock(Blocking.class);
    final ProspectPersonalData sales = mock(ProspectPersonalData.class);
    final ProspectErasures prospectErasures = mock(ProspectErasures.class);
    final ProspectRetentionSettings prospectSettings = new ProspectRetentionSettings(24);
    final ExclusiveRuns runs = mock(ExclusiveRuns.class);

    RetentionRun run() {
        when(runs.runExclusively(eq(RetentionRun.RUN), any(), any())).thenAnswer(call -> {
            call.<Runnable>getArgument(2).run();
            return true;
        });
        IdleProspects idle = new IdleProspects(sales, prospectErasures, prospectSettings, CLOCK);
        return new RetentionRun(List.of(orders), periods, journal, anonymisations, blocking, idle, runs, CLOCK);
    }

    @Test
    void aCustomerErasedByHandDuringTheRunIsSkippedAndTheRestAreStillMoved() {
        when(orders.highestCustomerId()).thenReturn(3L);
        when(orders.lastDealings(eq(1L), anyLong(), any()))
                .thenReturn(Map.of(1L, LONG_AGO, 2L, LONG_AGO, 3L, LONG_AGO));
        when(journal.steps()).thenReturn(Map.of());
        when(periods.due(any(), any())).thenReturn(ErasureStep.ANONYMISED);
        doThrow(new ErasureStateException(2, ErasureStep.ANONYMISED, ErasureStep.ANONYMISED))
                .when(anonymisations)
                .anonymise(2L, ErasureEntries.BY_SCHEDULE);

        RetentionRun.Outcome outcome = run().runNow(10).orElseThrow();

        verify(anonymisations).anonymise(1L, ErasureEntries.BY_SCHEDULE);
        verify(anonymisations).anonymise(3L, ErasureEntries.BY_SCHEDULE);
        assertThat(outcome.anonymised()).as("only the ones this run anonymised").isEqualTo(2);
        assertThat(outcome.first()).extracting(RetentionRun.Due::customerId).containsExactly(1L, 3L);
    }

    @Test
    void aProspectErasedOrWonDuringTheRunIsSkippedAndTheRestAreStillAnonymised() {
        when(journal.steps()).thenReturn(Map.of());
        when(sales.highestProspectId()).thenReturn(3L);
        Instant idleSince = Instant.parse("2027-01-01T00:00:00Z");
        when(sales.idleBefore(eq(1L), anyLong(), any()))
                .thenReturn(new java.util.TreeMap<>(Map.of(1L, idleSince, 2L, idleSince, 3L, idleSince)));
        doThrow(new ProspectErasureConflict(1, 77L)).when(prospectErasures).anonymise(1L, ErasureEntries.BY_SCHEDULE);

        RetentionRun.Outcome outcome = run().runNow(10).orElseThrow();

        verify(prospectErasures).anonymise(2L, ErasureEntries.BY_SCHEDULE);
        verify(prospectErasures).anonymise(3L, ErasureEntries.BY_SCHEDULE);
        assertThat(outcome.prospects()).isEqualTo(2);
        assertThat(outcome.firstProspects())
                .extracting(RetentionRun.IdleProspect::prospectId)
                .containsExactly(2L, 3L);
    }
}
