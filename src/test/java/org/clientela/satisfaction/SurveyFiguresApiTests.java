package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.BusinessSettings;
import org.clientela.satisfaction.internal.surveys.SurveyCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures endpoint over surveys written in a month of their own (no other test writes there),
 * on H2 and PostgreSQL: the worked NPS example by mode, CSAT, sent and answered, "not enough data"
 * below 30 answers, every split adding up to the same total, roles and bad input.
 */
abstract class SurveyFiguresApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    BusinessSettings settings;

    /** A month no other test sends surveys in; each class run writes its own day of it. */
    final LocalDate day =
            LocalDate.of(2011, 3, 1 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 28));

    final String marker = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void fixtures() {
        jdbc.sql("DELETE FROM satisfaction_survey WHERE created_at >= :from AND created_at < :to")
                .param("from", at(day, 0))
                .param("to", at(day.plusDays(1), 0))
                .update();
        long customer = new CustomerFixtures(context).person("Encuestado " + marker);
        // The worked example, by phone, credited to ana: NPS +20.
        int hour = 8;
        for (int score : new int[] {10, 9, 9, 8, 7, 6, 5, 10, 3, 9}) {
            insert(customer, "NPS", "PHONE", "ANSWERED", score, "ana", null, hour++);
        }
        // By link, credited to bea: 8 of 10 CSAT answers are 4 or 5, and 5 links never answered.
        for (int score : new int[] {5, 5, 4, 4, 4, 5, 4, 5, 2, 1}) {
            insert(customer, "CSAT", "LINK", "ANSWERED", score, "bea", "COMPLAINT", 12);
        }
        for (int i = 0; i < 5; i++) {
            insert(customer, "CSAT", "LINK", "SENT", null, "bea", "QUESTION", 13);
        }
        // A skip is no survey sent.
        insert(customer, "NPS", "LINK", "SKIPPED", null, null, null, 14);
        // Written into the ledger directly, past the counts the figures read: count them again.
        context.getBean(SurveyCounts.class).recount();
    }

    Timestamp at(LocalDate date, int hour) {
        ZoneId zone = settings.timeZone();
        return Timestamp.from(date.atStartOfDay(zone).plusHours(hour).toInstant());
    }

    void insert(
            long customer,
            String kind,
            String mode,
            String status,
            Integer score,
            String owner,
            String type,
            int hour) {
        jdbc.sql("""
                        INSERT INTO satisfaction_survey (kind, mode, status, skip_reason, customer_id, owner_user, case_type,
                            language, created_at, answered_at, score)
                        VALUES (:kind, :mode, :status, :reason, :c, :owner, :type, 'es', :at, :answered, :score)""")
                .param("kind", kind)
                .param("mode", mode)
                .param("status", status)
                .param("reason", "SKIPPED".equals(status) ? "FATIGUE" : null)
                .param("c", customer)
                .param("owner", owner)
                .param("type", type)
                .param("at", at(day, hour))
                .param("answered", "ANSWERED".equals(status) ? at(day, hour) : null, java.sql.Types.TIMESTAMP)
                .param("score", score, java.sql.Types.INTEGER)
                .update();
    }

    String figures(String groupBy) throws Exception {
        return mvc.perform(get("/api/v1/satisfaction/figures")
                        .with(user("vera").roles("VIEWER"))
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .param("groupBy", groupBy))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The one value {@code path} finds in the row of {@code key}. */
    static Object inRow(String body, String key, String path) {
        List<Object> found = JsonPath.read(body, "$.rows[?(@.key == '" + key + "')]." + path);
        assertThat(found).as(key + " " + path).hasSize(1);
        return found.get(0);
    }

    static double number(String body, String key, String path) {
        return ((Number) inRow(body, key, path)).doubleValue();
    }

    @Test
    void byModeTheWorkedExampleGivesPlusTwentyAndTheLinksTheirResponseRate() throws Exception {
        String body = figures("mode");
        assertThat(number(body, "PHONE", "nps.value")).isEqualTo(20.0);
        assertThat(number(body, "PHONE", "nps.low")).isBetween(-37.0, -36.9);
        assertThat(number(body, "PHONE", "nps.high")).isBetween(76.9, 77.0);
        assertThat(number(body, "PHONE", "nps.promoters")).isEqualTo(5);
        assertThat(number(body, "PHONE", "nps.passives")).isEqualTo(2);
        assertThat(number(body, "PHONE", "nps.detractors")).isEqualTo(3);
        assertThat(number(body, "PHONE", "nps.n")).isEqualTo(10);
        assertThat(number(body, "LINK", "csat.value")).isEqualTo(80.0);
        assertThat(number(body, "LINK", "csat.low")).isBetween(49.0, 49.1);
        assertThat(number(body, "LINK", "csat.n")).isEqualTo(10);
        assertThat(number(body, "LINK", "sent")).isEqualTo(15);
        assertThat(number(body, "LINK", "answered")).isEqualTo(10);
        assertThat(inRow(body, "LINK", "enoughData")).isEqualTo(false);
        assertThat(((Number) JsonPath.read(body, "$.total.sent")).intValue()).isEqualTo(25);
        assertThat(((Number) JsonPath.read(body, "$.total.answered")).intValue())
                .isEqualTo(20);
    }

    @Test
    void everySplitAddsUpToTheSameTotal() throws Exception {
        for (String groupBy : List.of("owner", "team", "caseType", "mode", "month")) {
            String body = figures(groupBy);
            List<Number> sent = JsonPath.read(body, "$.rows[*].sent");
            List<Number> answered = JsonPath.read(body, "$.rows[*].answered");
            List<Number> promoters = JsonPath.read(body, "$.rows[*].nps.promoters");
            List<Number> csatN = JsonPath.read(body, "$.rows[*].csat.n");
            assertThat(sent.stream().mapToLong(Number::longValue).sum())
                    .as(groupBy)
                    .isEqualTo(25);
            assertThat(answered.stream().mapToLong(Number::longValue).sum())
                    .as(groupBy)
                    .isEqualTo(20);
            assertThat(promoters.stream().mapToLong(Number::longValue).sum())
                    .as(groupBy)
                    .isEqualTo(5);
            assertThat(csatN.stream().mapToLong(Number::longValue).sum())
                    .as(groupBy)
                    .isEqualTo(10);
            assertThat(((Number) JsonPath.read(body, "$.total.nps.value")).doubleValue())
                    .isEqualTo(20.0);
        }
        assertThat((List<String>) JsonPath.read(figures("month"), "$.rows[*].key"))
                .containsExactly(day.toString().substring(0, 7));
        assertThat((List<String>) JsonPath.read(figures("owner"), "$.rows[*].key"))
                .containsExactly("ana", "bea");
    }

    @Test
    void theSurveysPageShowsTheFiguresAndSaysWhenTheSampleIsTooSmall() throws Exception {
        mvc.perform(get("/satisfaction/surveys")
                        .with(user("vera").roles("VIEWER"))
                        .header("Accept-Language", "es")
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .param("groupBy", "owner"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("muestra insuficiente"),
                                org.hamcrest.Matchers.containsString("data-key=\"ana\""),
                                org.hamcrest.Matchers.containsString("figure-total"))));
        // By mode, the groups are named in words, not by their codes.
        mvc.perform(get("/satisfaction/surveys")
                        .with(user("vera").roles("VIEWER"))
                        .header("Accept-Language", "es")
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .param("groupBy", "mode"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("data-key=\"LINK\""),
                                org.hamcrest.Matchers.containsString(">Enlace</th>"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">LINK</th>")))));
        mvc.perform(get("/satisfaction/surveys")
                        .with(user("vera").roles("VIEWER"))
                        .param("groupBy", "colour"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("filtro no era válido")));
    }

    @Test
    void strangersSeeNothingAndBadInputIsNamed() throws Exception {
        mvc.perform(get("/api/v1/satisfaction/figures")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/satisfaction/figures")
                        .with(user("s").roles("SERVICE"))
                        .param("groupBy", "colour"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("groupBy"));
        mvc.perform(get("/api/v1/satisfaction/figures")
                        .with(user("s").roles("SERVICE"))
                        .param("from", "ayer"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/satisfaction/figures")
                        .with(user("s").roles("SERVICE"))
                        .param("from", "2020-02-01")
                        .param("to", "2020-01-01"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
