package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerId;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention's events as the publication registry keeps them until every listener has handled them:
 * the customer is the plain number it always was, so events stored before the customer's id was
 * typed are still read, written again to the very same text, and handed to their listener when
 * submitted again.
 */
@ApplicationTest
class StoredRetentionEventsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LossRegister register;

    @Autowired
    EventSerializer serializer;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aLossIsStoredWithTheCustomerAsAPlainNumber() {
        long id = new RetentionFixtures(jdbc).customer("Guardado");

        register.markLost(id, "MOVED", null, null);

        List<JsonNode> stored = jdbc
                .sql("SELECT serialized_event FROM event_publication WHERE event_type = :type")
                .param("type", CustomerMarkedLost.class.getName())
                .query(String.class)
                .list()
                .stream()
                .map(json::readTree)
                .filter(event -> event.get("customerId").asLong() == id)
                .toList();
        assertThat(stored).isNotEmpty().allSatisfy(event -> {
            assertThat(event.get("customerId").isIntegralNumber()).isTrue();
            assertThat(event.get("reason").asString()).isEqualTo("MOVED");
        });
    }

    @Test
    void theEventsReadBackAsTheyWereWritten() {
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        List<Object> written = List.of(
                new CustomerMarkedLost(CustomerId.of(5), LossReason.COMPETITOR, LocalDate.of(2026, 11, 2), "ana"),
                new CustomerWonBack(CustomerId.of(5), LocalDate.of(2026, 11, 20), "luis"),
                new CallOutcomeRecorded(
                        9,
                        CustomerId.of(5),
                        null,
                        List.of(SignalKind.OVERDUE),
                        CallOutcome.WON_BACK,
                        "vuelve",
                        "luis",
                        at));

        for (Object event : written) {
            Object serialized = serializer.serialize(event);
            assertThat(json.readTree(serialized.toString()).get("customerId").asLong())
                    .isEqualTo(5);
            assertThat(serializer.deserialize(serialized, event.getClass())).isEqualTo(event);
        }
    }

    /**
     * Byte for byte: the registry finds the publication of an event handed to a listener again by the
     * event's JSON, so an event stored before must serialise to the very text stored.
     */
    @Test
    void aLossStoredBeforeTheIdWasTypedIsStillReadAndWrittenTheSame() {
        String before = """
                {"customerId":5,"reason":"COMPETITOR","lostOn":"2026-11-02","by":"ana"}""";
        CustomerMarkedLost loss =
                new CustomerMarkedLost(CustomerId.of(5), LossReason.COMPETITOR, LocalDate.of(2026, 11, 2), "ana");

        assertThat(serializer.deserialize(before, CustomerMarkedLost.class)).isEqualTo(loss);
        assertThat(serializer.serialize(loss)).hasToString(before);
    }

    /**
     * A call outcome whose listener failed before the customer's id was typed, left in the registry as
     * the code of then wrote it, ends the customer's loss when it is submitted again.
     */
    @Test
    void aCallOutcomeLeftInTheRegistryBeforeTheIdWasTypedIsHandledWhenSubmittedAgain() {
        long id = new RetentionFixtures(jdbc).customer("Pendiente");
        register.markLost(id, "COMPETITOR", null, LocalDate.now(clock).minusDays(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> lifecycle(id).equals("LOST"));
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID publication = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        VALUES (:id, :listener, :type, :event, :at, 'FAILED', 1)""")
                .param("id", publication)
                .param(
                        "listener",
                        "org.clientela.retention.internal.losses.LossesFollowCallOutcomes.on("
                                + CallOutcomeRecorded.class.getName() + ")")
                .param("type", CallOutcomeRecorded.class.getName())
                .param("event", """
                        {"taskId":1,"customerId":%d,"kind":null,"reasons":[],"outcome":"WON_BACK","note":null,\
                        "recordedBy":"luis","recordedAt":"%s"}""".formatted(id, at))
                .param("at", Timestamp.from(at))
                .update();

        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));

        await().atMost(Duration.ofSeconds(30)).until(() -> lifecycle(id).equals("WON_BACK"));
        assertThat(register.standing(id)).isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM event_publication WHERE id = :id AND completion_date IS NOT NULL")
                                .param("id", publication)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private String lifecycle(long customerId) {
        return jdbc.sql("SELECT lifecycle_status FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(String.class)
                .single();
    }
}
