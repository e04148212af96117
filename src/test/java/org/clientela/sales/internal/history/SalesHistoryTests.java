package org.clientela.sales.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clientela.customers.CustomerId;
import org.clientela.sales.SalesHistory;
import org.clientela.sales.SalesHistory.ActivityRecord;
import org.clientela.sales.SalesHistory.CampaignRecord;
import org.clientela.sales.SalesHistory.ContactRecord;
import org.clientela.sales.SalesHistory.ProspectRecord;
import org.clientela.sales.SalesHistory.Research;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk loader on a real database (H2 and PostgreSQL twins): each prospect's first-step moments
 * computed from its steps whatever their order, the outcome and keys, the rows counted. Each test
 * runs in a transaction rolled back at its end, so the shared database keeps nothing of it.
 */
abstract class SalesHistoryTests {

    static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    SalesHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    java.time.Clock clock;

    @Test
    void computesEachProspectsMilestonesFromItsStepsAndWritesEveryRow() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            SalesHistory.Loaded loaded = history.load(List.of(campaign()), prospects());

            assertThat(loaded.prospects()).isEqualTo(4);
            assertThat(loaded.contacts()).isEqualTo(2);
            assertThat(loaded.activities()).isEqualTo(9);
            long campaignId = loaded.campaignIds().get("td");
            assertThat(count("sales_campaign WHERE id = " + campaignId + " AND strategy = 'TOP_DOWN'"))
                    .isEqualTo(1);
            assertThat(count("sales_campaign_sector WHERE campaign_id = " + campaignId))
                    .isEqualTo(2);
            assertThat(count("sales_campaign_size_band WHERE campaign_id = " + campaignId))
                    .isEqualTo(1);
            assertThat(count("sales_campaign_seller WHERE campaign_id = " + campaignId))
                    .isEqualTo(2);
            assertThat(count("sales_prospect WHERE campaign_id = " + campaignId))
                    .isEqualTo(4);
            assertThat(count("sales_activity WHERE campaign_id = " + campaignId))
                    .isEqualTo(9);

            Map<String, Object> won = row("hist-won");
            assertThat(won.get("first_call_at")).isEqualTo(at(0));
            assertThat(won.get("first_conversation_at")).isEqualTo(at(1));
            assertThat(won.get("first_appointment_at")).isEqualTo(at(2));
            assertThat(won.get("first_meeting_at")).isEqualTo(at(5));
            assertThat(won.get("first_proposal_at")).isEqualTo(at(8));
            assertThat(won.get("outcome")).isEqualTo("WON");
            assertThat(won.get("decided_at")).isEqualTo(at(20));
            assertThat((BigDecimal) won.get("won_amount")).isEqualByComparingTo("1250.50");
            assertThat(((Number) won.get("customer_id")).longValue()).isEqualTo(424242L);
            assertThat(won.get("size_band_code")).isEqualTo("SMALL");
            assertThat(won.get("sort_name")).isEqualTo("nandu cafe de la laguna s.l.");
            assertThat(won.get("email_key")).isEqualTo("info@nandu.es");
            assertThat(won.get("phone_digits")).isEqualTo("922123456");
            assertThat(won.get("tax_id_key")).isEqualTo("B12345674");
            assertThat(((Number) won.get("research_done")).intValue()).isEqualTo(4);
            assertThat(won.get("updated_at")).isEqualTo(at(20));

            // A conversation without a call before it is also the first call; a loss reaches no stage.
            Map<String, Object> lost = row("hist-lost");
            assertThat(lost.get("first_call_at")).isEqualTo(at(3));
            assertThat(lost.get("first_conversation_at")).isEqualTo(at(3));
            assertThat(lost.get("first_appointment_at")).isNull();
            assertThat(lost.get("outcome")).isEqualTo("LOST");
            assertThat(lost.get("lost_reason")).isEqualTo("NO_NEED");
            assertThat(lost.get("decided_at")).isEqualTo(at(4));
            assertThat(lost.get("customer_id")).isNull();
            assertThat(lost.get("size_band_code")).isEqualTo("LARGE");
            assertThat(((Number) lost.get("research_done")).intValue()).isEqualTo(2);

            // A sale closed on the spot reached every stage at that moment.
            Map<String, Object> onTheSpot = row("hist-spot");
            for (String column : List.of(
                    "first_call_at",
                    "first_conversation_at",
                    "first_appointment_at",
                    "first_meeting_at",
                    "first_proposal_at",
                    "decided_at")) {
                assertThat(onTheSpot.get(column)).as(column).isEqualTo(at(7));
            }

            Map<String, Object> untouched = row("hist-new");
            assertThat(untouched.get("first_call_at")).isNull();
            assertThat(untouched.get("outcome")).isNull();
            assertThat(untouched.get("size_band_code")).isNull();
            assertThat(untouched.get("source")).isEqualTo("LIST");

            assertThat(count("sales_prospect p WHERE campaign_id = " + campaignId + " AND ("
                            + "(first_conversation_at IS NOT NULL AND (first_call_at IS NULL"
                            + " OR first_call_at > first_conversation_at))"
                            + " OR (first_appointment_at IS NOT NULL AND (first_conversation_at IS NULL"
                            + " OR first_conversation_at > first_appointment_at))"
                            + " OR (first_meeting_at IS NOT NULL AND (first_appointment_at IS NULL"
                            + " OR first_appointment_at > first_meeting_at))"
                            + " OR (first_proposal_at IS NOT NULL AND (first_meeting_at IS NULL"
                            + " OR first_meeting_at > first_proposal_at)))"))
                    .as("stages never run backwards")
                    .isZero();
            long wonId = ((Number) won.get("id")).longValue();
            assertThat(jdbc.sql(
                                    "SELECT appointment_at FROM sales_activity WHERE prospect_id = :id AND kind = 'APPOINTMENT'")
                            .param("id", wonId)
                            .query(Timestamp.class)
                            .single())
                    .isEqualTo(Timestamp.from(T.plusSeconds(86_400L * 5)));
            assertThat(count("sales_prospect_contact WHERE prospect_id = " + wonId))
                    .isEqualTo(2);
            assertThat(count("sales_prospect_search_term WHERE prospect_id = " + wonId
                            + " AND term IN ('nandu', 'laguna', '456', 'b12345674', 'acerina')"))
                    .isEqualTo(5);
        });
    }

    @Test
    void addsTheLoadedStepsToTheDaySumsOnTheBusinesssDays() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Map<String, Long> daysBefore = daySums();
            Map<String, Long> stepsBefore = stepSums();

            history.load(List.of(campaign()), prospects());

            Map<String, Long> addedToDays = minus(daySums(), daysBefore);
            Map<String, Long> addedSteps = minus(stepSums(), stepsBefore);
            assertThat(addedToDays).isEqualTo(addedSteps);
            assertThat(addedToDays.entrySet().stream()
                            .filter(e -> e.getKey().endsWith("/steps"))
                            .mapToLong(Map.Entry::getValue)
                            .sum())
                    .isEqualTo(9);
        });
    }

    /** The loaded sellers' steps and minutes per business day, campaign and kind, as the day table has them. */
    private Map<String, Long> daySums() {
        Map<String, Long> sums = new java.util.TreeMap<>();
        jdbc.sql("SELECT on_day, seller_username, campaign_id, kind, steps, minutes FROM sales_activity_day"
                        + " WHERE seller_username IN ('luis', 'ana')")
                .query(rs -> {
                    String key = rs.getObject("on_day", LocalDate.class) + "/" + rs.getString("seller_username") + "/"
                            + rs.getLong("campaign_id") + "/"
                            + rs.getString("kind");
                    sums.merge(key + "/steps", rs.getLong("steps"), Long::sum);
                    sums.merge(key + "/minutes", rs.getLong("minutes"), Long::sum);
                });
        return sums;
    }

    /** The same sums counted from their steps, each on its day in the business's time zone. */
    private Map<String, Long> stepSums() {
        java.time.ZoneId zone = clock.getZone();
        Map<String, Long> sums = new java.util.TreeMap<>();
        jdbc.sql("SELECT at, seller_username, campaign_id, kind, minutes FROM sales_activity"
                        + " WHERE seller_username IN ('luis', 'ana')")
                .query(rs -> {
                    String key = rs.getTimestamp("at").toInstant().atZone(zone).toLocalDate() + "/"
                            + rs.getString("seller_username") + "/" + rs.getLong("campaign_id") + "/"
                            + rs.getString("kind");
                    sums.merge(key + "/steps", 1L, Long::sum);
                    sums.merge(key + "/minutes", rs.getLong("minutes"), Long::sum);
                });
        return sums;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> added = new java.util.TreeMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                added.put(k, d);
            }
        });
        return added;
    }

    @Test
    void refusesAStepAfterTheDecisionAndWritesNothing() {
        ProspectRecord stepAfterLoss =
                prospect("hist-after", null, List.of(step("CONVERSATION", 1), lost(2, "PRICE"), step("CALL", 3)));
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            assertThatThrownBy(() -> history.load(List.of(), Stream.of(stepAfterLoss)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("after the prospect was LOST");
        });
        assertThat(count("sales_prospect WHERE external_id = 'hist-after'")).isZero();
    }

    private Stream<ProspectRecord> prospects() {
        ProspectRecord won = new ProspectRecord(
                "td",
                "hist-won",
                "Ñandú Café de La Laguna S.L.",
                "b-1234567-4",
                "I",
                12,
                "+34 922 123 456",
                "Info@Nandu.ES",
                null,
                "Calle La Carrera, 3",
                "San Cristóbal de La Laguna",
                "38201",
                "LIST",
                "ana",
                new Research("Acerina Díaz, propietaria", "Cafetería de estudiantes", "Reformó la terraza", "Cerca"),
                CustomerId.of(424242),
                T.minusSeconds(86_400),
                List.of(
                        new ContactRecord("Acerina Díaz", "Propietaria", "DECIDES", null, null),
                        new ContactRecord("Yeray Pérez", "Encargado", null, "yeray@nandu.es", null)),
                // In no particular order: the loader sorts them.
                List.of(
                        new ActivityRecord(
                                "WON", at(20).toInstant(), "ana", 30, new BigDecimal("1250.50"), null, null, null),
                        step("CONVERSATION", 1),
                        step("CALL", 0),
                        new ActivityRecord(
                                "APPOINTMENT",
                                at(2).toInstant(),
                                "ana",
                                3,
                                null,
                                T.plusSeconds(86_400L * 5),
                                null,
                                null),
                        step("MEETING", 5),
                        new ActivityRecord(
                                "PROPOSAL",
                                at(8).toInstant(),
                                "ana",
                                20,
                                new BigDecimal("1300"),
                                null,
                                null,
                                "Oferta")));
        ProspectRecord lost = prospect("hist-lost", 300, List.of(lost(4, "no_need"), step("CONVERSATION", 3)));
        ProspectRecord spot = prospect(
                "hist-spot",
                5,
                List.of(new ActivityRecord("WON", at(7).toInstant(), "luis", 15, BigDecimal.TEN, null, null, null)));
        ProspectRecord untouched = prospect("hist-new", null, List.of());
        return Stream.of(won, lost, spot, untouched);
    }

    private static ProspectRecord prospect(String externalId, Integer employees, List<ActivityRecord> steps) {
        return new ProspectRecord(
                "hist-after".equals(externalId) ? null : "td",
                externalId,
                "Prospecto " + externalId,
                null,
                "G",
                employees,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "luis",
                new Research("Pedro", null, " ", "Vende mucho"),
                CustomerId.of(1),
                T,
                List.of(),
                steps);
    }

    private static CampaignRecord campaign() {
        return new CampaignRecord(
                "td",
                "Prueba descendente",
                "TOP_DOWN",
                "ACTIVE",
                LocalDate.of(2026, 3, 1),
                null,
                List.of("I", "G"),
                List.of("SMALL"),
                List.of("ana", "luis"),
                T);
    }

    private static ActivityRecord step(String kind, int day) {
        return new ActivityRecord(kind, at(day).toInstant(), "luis", 4, null, null, null, null);
    }

    private static ActivityRecord lost(int day, String reason) {
        return new ActivityRecord("LOST", at(day).toInstant(), "luis", 2, null, null, reason, null);
    }

    private static Timestamp at(int day) {
        return Timestamp.from(T.plusSeconds(86_400L * day));
    }

    private Map<String, Object> row(String externalId) {
        Map<String, Object> row = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM sales_prospect WHERE external_id = :id")
                .param("id", externalId)
                .query()
                .singleRow()
                .forEach((column, value) -> row.put(
                        column.toLowerCase(java.util.Locale.ROOT),
                        value instanceof java.time.OffsetDateTime moment ? Timestamp.from(moment.toInstant()) : value));
        return row;
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tableAndCondition)
                .query(Long.class)
                .single();
    }
}
