package org.clientela.sales.internal.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.clientela.customers.CustomerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logging a seller's steps through the API, on both databases: the checks name the field, the
 * prospect's first-step moments stay in stage order, a win makes (or finds) the customer, a decided
 * prospect takes no more steps, and each role reaches what it should.
 */
abstract class ProspectActivityApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    ActivityFixtures fixtures;
    String ana;
    RequestPostProcessor asAna;
    final RequestPostProcessor manager = user("marta").roles("MANAGER");

    @BeforeEach
    void fixtures() {
        fixtures = new ActivityFixtures(jdbc);
        ana = "ana-" + fixtures.marker;
        asAna = user(ana).roles("SALES");
    }

    ResultActions log(long prospect, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/prospects/{id}/activities", prospect)
                .with(who)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static String ago(long hours) {
        return Instant.now()
                .minus(hours, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    @Test
    void aCallIsLoggedByTheSellerOnTheProspectsCampaignAndTheProspectIsContacted() throws Exception {
        long campaign = fixtures.campaign("Primavera");
        long prospect = fixtures.prospect("Ferretería Teide", ana, campaign);
        String twoHoursAgo = ago(2);

        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"" + twoHoursAgo + "\",\"minutes\":4,\"note\":\"Buzón\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("CONTACTED"))
                .andExpect(jsonPath("$.activity.kind").value("CALL"))
                .andExpect(jsonPath("$.activity.seller").value(ana))
                .andExpect(jsonPath("$.activity.campaignId").value(campaign))
                .andExpect(jsonPath("$.activity.minutes").value(4));
        assertThat(fixtures.moment(prospect, "first_call_at")).isEqualTo(Instant.parse(twoHoursAgo));
        assertThat(fixtures.moment(prospect, "first_conversation_at")).isNull();
    }

    @Test
    void aMeetingImpliesTheStagesBeforeItAndAnEarlierCallMovesOnlyTheFirstCall() throws Exception {
        long prospect = fixtures.prospect("Talleres Ebro", ana, null);
        String fiveHoursAgo = ago(5);
        String dayAgo = ago(30);
        log(prospect, asAna, "{\"kind\":\"MEETING\",\"at\":\"" + fiveHoursAgo + "\",\"minutes\":60}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("MEETING"));
        Instant meeting = Instant.parse(fiveHoursAgo);
        assertThat(fixtures.moment(prospect, "first_call_at")).isEqualTo(meeting);
        assertThat(fixtures.moment(prospect, "first_conversation_at")).isEqualTo(meeting);
        assertThat(fixtures.moment(prospect, "first_appointment_at")).isEqualTo(meeting);
        assertThat(fixtures.moment(prospect, "first_meeting_at")).isEqualTo(meeting);
        assertThat(fixtures.moment(prospect, "first_proposal_at")).isNull();

        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"" + dayAgo + "\"}").andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CONVERSATION\",\"at\":\"" + ago(1) + "\"}")
                .andExpect(jsonPath("$.stage").value("MEETING"));
        assertThat(fixtures.moment(prospect, "first_call_at")).isEqualTo(Instant.parse(dayAgo));
        assertThat(fixtures.moment(prospect, "first_conversation_at"))
                .as("a later conversation does not move the first one")
                .isEqualTo(meeting);
    }

    @Test
    void wrongInputIsA422NamingTheField() throws Exception {
        long prospect = fixtures.prospect("Errores", ana, null);
        log(prospect, asAna, "{\"kind\":\"VISIT\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        log(prospect, asAna, "{\"kind\":\"PROPOSAL\",\"at\":\"" + ago(1) + "\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("amount")));
        log(prospect, asAna, "{\"kind\":\"LOST\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"yesterday\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        log(prospect, asAna, "{\"kind\":\"CALL\",\"minutes\":1441}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("minutes"));
        log(prospect, asAna, "{\"kind\":\"CALL\",\"note\":\"" + "n".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(fixtures.activities(prospect)).isZero();
        assertThat(fixtures.column(prospect, "version")).isEqualTo(0L);
    }

    @Test
    void aWinMakesTheProspectANewCustomerWithItsData() throws Exception {
        long campaign = fixtures.campaign("Otoño");
        long prospect = fixtures.prospect("Ganada Nueva", ana, campaign);
        log(prospect, asAna, "{\"kind\":\"PROPOSAL\",\"at\":\"" + ago(48) + "\",\"amount\":1500}")
                .andExpect(status().isCreated());
        String hourAgo = ago(1);
        String body = log(prospect, asAna, "{\"kind\":\"WON\",\"at\":\"" + hourAgo + "\",\"amount\":1450.50}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("WON"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long customer = ((Number) JsonPath.read(body, "$.customerId")).longValue();
        assertThat(fixtures.column(prospect, "customer_id")).isEqualTo(customer);
        assertThat(fixtures.column(prospect, "outcome")).isEqualTo("WON");
        assertThat(new java.math.BigDecimal(
                        fixtures.column(prospect, "won_amount").toString()))
                .isEqualByComparingTo("1450.50");
        assertThat(fixtures.moment(prospect, "decided_at")).isEqualTo(Instant.parse(hourAgo));
        var row = jdbc.sql("SELECT name, city, lifecycle_status, email FROM customer WHERE id = :id")
                .param("id", customer)
                .query((rs, n) -> java.util.List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(row)
                .containsExactly(
                        "Ganada Nueva " + fixtures.marker,
                        "Teruel",
                        "CUSTOMER",
                        "ganada.nueva." + fixtures.marker + "@example.org");

        mvc.perform(get("/api/v1/prospects/{id}/activities", prospect).with(asAna))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("WON"))
                .andExpect(jsonPath("$.customerId").value(customer))
                .andExpect(jsonPath("$.activities[0].kind").value("WON"))
                .andExpect(jsonPath("$.activities[1].kind").value("PROPOSAL"));
    }

    @Test
    void aWinOfSomeoneAlreadyACustomerLinksThatCustomerInsteadOfMakingASecond() throws Exception {
        String email = "ya.cliente." + fixtures.marker + "@example.org";
        long existing = new CustomerFixtures(context).personWithEmail("Ya Cliente " + fixtures.marker, email);
        long prospect = fixtures.prospect("Ya Cliente SL", ana, null, email.toUpperCase());
        long before =
                jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();

        log(prospect, manager, "{\"kind\":\"WON\",\"amount\":300}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerId").value(existing));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single())
                .isEqualTo(before);
        assertThat(fixtures.column(prospect, "customer_id")).isEqualTo(existing);
    }

    @Test
    void aWinOfSomeoneOnFileAsAProspectMakesThemACustomerButLeavesAnyOtherStanding() throws Exception {
        String prospectEmail = "en.ficha." + fixtures.marker + "@example.org";
        String atRiskEmail = "en.riesgo." + fixtures.marker + "@example.org";
        CustomerFixtures customers = new CustomerFixtures(context);
        long onFile = customers.personWithEmail("En Ficha " + fixtures.marker, prospectEmail);
        long atRisk = customers.personWithEmail("En Riesgo " + fixtures.marker, atRiskEmail);
        standing(onFile, "PROSPECT");
        standing(atRisk, "AT_RISK");
        long first = fixtures.prospect("En Ficha SL", ana, null, prospectEmail);
        long second = fixtures.prospect("En Riesgo SL", ana, null, atRiskEmail);

        log(first, asAna, "{\"kind\":\"WON\",\"amount\":120}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerId").value(onFile));
        log(second, asAna, "{\"kind\":\"WON\",\"amount\":80}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerId").value(atRisk));

        // The standing follows the win once it is committed, on the listener's own thread; the
        // publications stay incomplete until the listener has heard both wins.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "CUSTOMER".equals(standing(onFile)));
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM event_publication"
                                                + " WHERE completion_date IS NULL AND listener_id LIKE '%LifecycleFollowsWins%'")
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(standing(atRisk))
                .as("a standing set by retention is not the win's to undo")
                .isEqualTo("AT_RISK");
        mvc.perform(get("/api/v1/customers/{id}", onFile).with(manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CUSTOMER"));
    }

    private void standing(long customer, String status) {
        jdbc.sql("UPDATE customer SET lifecycle_status = :status WHERE id = :id")
                .param("status", status)
                .param("id", customer)
                .update();
    }

    private String standing(long customer) {
        return jdbc.sql("SELECT lifecycle_status FROM customer WHERE id = :id")
                .param("id", customer)
                .query(String.class)
                .single();
    }

    @Test
    void aDecidedProspectTakesNoMoreStepsAndSaysWhy() throws Exception {
        long prospect = fixtures.prospect("Perdida", ana, null);
        log(prospect, asAna, "{\"kind\":\"LOST\",\"reason\":\"PRICE\",\"note\":\"Caro\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.stage").value("LOST"))
                .andExpect(jsonPath("$.activity.reason").value("PRICE"));
        assertThat(fixtures.column(prospect, "lost_reason")).isEqualTo("PRICE");

        log(prospect, asAna, "{\"kind\":\"CALL\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already lost")));
        log(prospect, manager, "{\"kind\":\"WON\",\"amount\":10}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(fixtures.activities(prospect)).isEqualTo(1);
        assertThat(fixtures.column(prospect, "customer_id")).isNull();
    }

    @Test
    void eachRoleReachesWhatItShould() throws Exception {
        long anas = fixtures.prospect("De Ana", ana, null);
        long luis = fixtures.prospect("De Luis", "luis-" + fixtures.marker, null);
        String call = "{\"kind\":\"CALL\"}";

        log(luis, asAna, call).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prospects/{id}/activities", luis).with(asAna)).andExpect(status().isForbidden());
        log(anas, user("vera").roles("VIEWER"), call).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prospects/{id}/activities", luis)
                        .with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/prospects/{id}/activities", anas)
                        .with(user("sole").roles("SERVICE")))
                .andExpect(status().isForbidden());
        log(anas, user("sole").roles("SERVICE"), call).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/prospects/{id}/activities", anas)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(call))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/prospects/{id}/activities", anas)).andExpect(status().isUnauthorized());
        assertThat(fixtures.activities(anas) + fixtures.activities(luis)).isZero();

        log(luis, manager, call)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.activity.seller").value("marta"));
        log(anas, asAna, call).andExpect(status().isCreated());
        log(999_999_999L, manager, call).andExpect(status().isNotFound());
    }

    @Test
    void theMinutesOfEachKindAreAddedUpPerSellerAndWeekAgainstTheYardstick() throws Exception {
        long prospect = fixtures.prospect("Semana", ana, null);
        // Monday 2025-03-10 to Sunday 16 in Madrid, and a call the Monday after.
        log(prospect, manager, "{\"kind\":\"CALL\",\"at\":\"2025-03-10T08:00:00Z\",\"minutes\":5}")
                .andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"2025-03-11T08:00:00Z\",\"minutes\":10}")
                .andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CONVERSATION\",\"at\":\"2025-03-16T20:00:00Z\",\"minutes\":45}")
                .andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"2025-03-17T08:00:00Z\",\"minutes\":7}")
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/sales/activity-time")
                        .param("from", "2025-03-12")
                        .param("to", "2025-03-17")
                        .param("seller", ana)
                        .with(manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-03-10"))
                .andExpect(jsonPath("$.to").value("2025-03-23"))
                .andExpect(jsonPath("$.yardstickMinutes").value(1320))
                .andExpect(jsonPath("$.weeks.length()").value(2))
                .andExpect(jsonPath("$.weeks[0].isoWeek").value("2025-W11"))
                .andExpect(jsonPath("$.weeks[0].seller").value(ana))
                .andExpect(jsonPath("$.weeks[0].minutesByKind.CALL").value(10))
                .andExpect(jsonPath("$.weeks[0].minutesByKind.CONVERSATION").value(45))
                .andExpect(jsonPath("$.weeks[0].prospectingMinutes").value(55))
                .andExpect(jsonPath("$.weeks[0].shareOfYardstick").value(0.0417))
                .andExpect(jsonPath("$.weeks[1].weekStart").value("2025-03-17"))
                .andExpect(jsonPath("$.weeks[1].minutesByKind.CALL").value(7));

        mvc.perform(get("/api/v1/sales/activity-time")
                        .param("from", "2025-03-10")
                        .param("to", "2025-03-16")
                        .param("seller", "marta")
                        .with(asAna))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sales/activity-time")
                        .param("from", "2025-03-10")
                        .param("to", "2025-03-16")
                        .with(asAna))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seller").value(ana))
                .andExpect(jsonPath("$.weeks.length()").value(1))
                .andExpect(jsonPath("$.weeks[0].stepsByKind.CALL").value(1));
    }

    @Test
    void theDaySumsKeptAsStepsAreLoggedEqualTheStepsOnTheBusinesssDays() throws Exception {
        long prospect = fixtures.prospect("Sumas", ana, null);
        // 22:30 and 23:30 UTC are already the next day in the business's zone when it is ahead of UTC.
        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"2025-04-01T22:30:00Z\",\"minutes\":5}")
                .andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"2025-04-01T23:30:00Z\",\"minutes\":7}")
                .andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CONVERSATION\",\"at\":\"2025-04-02T10:00:00Z\",\"minutes\":20}")
                .andExpect(status().isCreated());
        log(prospect, asAna, "{\"kind\":\"CALL\",\"at\":\"2025-04-02T11:00:00Z\"}")
                .andExpect(status().isCreated());

        java.time.ZoneId zone = context.getBean(java.time.Clock.class).getZone();
        java.util.Map<String, java.util.List<Long>> fromSteps = new java.util.TreeMap<>();
        jdbc.sql("SELECT at, kind, minutes FROM sales_activity WHERE seller_username = :seller")
                .param("seller", ana)
                .query(rs -> {
                    String key =
                            rs.getTimestamp("at").toInstant().atZone(zone).toLocalDate() + "/" + rs.getString("kind");
                    java.util.List<Long> sum =
                            fromSteps.computeIfAbsent(key, k -> new java.util.ArrayList<>(java.util.List.of(0L, 0L)));
                    sum.set(0, sum.get(0) + 1);
                    sum.set(1, sum.get(1) + rs.getLong("minutes"));
                });
        java.util.Map<String, java.util.List<Long>> days = new java.util.TreeMap<>();
        jdbc.sql("SELECT on_day, kind, steps, minutes FROM sales_activity_day WHERE seller_username = :seller")
                .param("seller", ana)
                .query(rs -> {
                    days.put(
                            rs.getObject("on_day", java.time.LocalDate.class) + "/" + rs.getString("kind"),
                            java.util.List.of(rs.getLong("steps"), rs.getLong("minutes")));
                });

        assertThat(days).isEqualTo(fromSteps);
        assertThat(days.values().stream().mapToLong(v -> v.get(0)).sum()).isEqualTo(4);
        assertThat(days.values().stream().mapToLong(v -> v.get(1)).sum()).isEqualTo(32);
    }
}
