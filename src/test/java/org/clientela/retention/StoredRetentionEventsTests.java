package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientela.customers.CustomerId;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retention's events as the publication registry keeps them until every listener has handled them:
 * the customer is the plain number it always was, so events stored before the customer's id was
 * typed are still read, and written again to the very same text.
 */
@ApplicationTest
class StoredRetentionEventsTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LossRegister register;
    @Autowired
    EventSerializer serializer;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aLossIsStoredWithTheCustomerAsAPlainNumber() {
        long id = new RetentionFixtures(jdbc).customer("Guardado");

        register.markLost(id, "MOVED", null, null);

        List<JsonNode> stored = jdbc.sql("SELECT serialized_event FROM event_publication WHERE event_type = :type")
                .param("type", CustomerMarkedLost.class.getName()).query(String.class).list().stream()
                .map(json::readTree).filter(event -> event.get("customerId").asLong() == id).toList();
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
                new CallOutcomeRecorded(9, CustomerId.of(5), null, List.of(SignalKind.OVERDUE), CallOutcome.WON_BACK,
                        "vuelve", "luis", at));

        for (Object event : written) {
            Object serialized = serializer.serialize(event);
            assertThat(json.readTree(serialized.toString()).get("customerId").asLong()).isEqualTo(5);
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
        CustomerMarkedLost loss = new CustomerMarkedLost(CustomerId.of(5), LossReason.COMPETITOR,
                LocalDate.of(2026, 11, 2), "ana");

        assertThat(serializer.deserialize(before, CustomerMarkedLost.class)).isEqualTo(loss);
        assertThat(serializer.serialize(loss)).hasToString(before);
    }
}
