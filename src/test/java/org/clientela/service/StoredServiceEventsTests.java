package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.clientela.customers.CustomerId;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Service's events as the publication registry keeps them until retention has heard them: the
 * customer and the case are the plain numbers they always were, so an event stored before the ids
 * were typed is still read, and written again to the very text the registry looks it up by.
 */
@ApplicationTest
class StoredServiceEventsTests {

    private static final Instant DUE = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T10:30:00Z");

    @Autowired
    EventSerializer serializer;

    @Test
    void aBrokenPromiseOfACaseReadsAndWritesAsBefore() {
        assertStoredAsBefore(
                new PromiseBroken(41, CustomerId.of(7), CaseId.of(12), PromiseKind.DELIVERY, "ana", DUE, NOW), """
                {"promiseId":41,"customerId":7,"caseId":12,"kind":"DELIVERY","owner":"ana",\
                "dueAt":"2026-11-23T09:00:00Z","brokenAt":"2026-11-23T10:30:00Z"}""");
    }

    @Test
    void aBrokenPromiseWithoutACaseReadsAndWritesAsBefore() {
        assertStoredAsBefore(new PromiseBroken(41, CustomerId.of(7), null, PromiseKind.DELIVERY, "ana", DUE, NOW), """
                {"promiseId":41,"customerId":7,"caseId":null,"kind":"DELIVERY","owner":"ana",\
                "dueAt":"2026-11-23T09:00:00Z","brokenAt":"2026-11-23T10:30:00Z"}""");
    }

    @Test
    void aResolvedCaseReadsAndWritesAsBefore() {
        assertStoredAsBefore(
                new CaseResolved(
                        CaseId.of(12),
                        CustomerId.of(7),
                        "C-2026-000012",
                        CaseType.COMPLAINT,
                        Resolution.AGAINST_CUSTOMER,
                        new BigDecimal("15.00"),
                        NOW),
                """
                {"caseId":12,"customerId":7,"reference":"C-2026-000012","type":"COMPLAINT",\
                "resolution":"AGAINST_CUSTOMER","concessions":15.00,"resolvedAt":"2026-11-23T10:30:00Z"}""");
    }

    private void assertStoredAsBefore(Object event, String before) {
        assertThat(serializer.deserialize(before, event.getClass())).isEqualTo(event);
        assertThat(serializer.serialize(event)).hasToString(before);
    }
}
