package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.Role;
import org.clientela.platform.SettingsStore;
import org.clientela.platform.UserDirectory;
import org.clientela.retention.LossReason;
import org.clientela.retention.LostCustomers;
import org.clientela.service.MailFixtures;
import org.clientela.service.ServiceCases;
import org.clientela.service.WorkingTime;
import org.clientela.support.SettingsResets;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Surveys through the API and the public link, on H2 and PostgreSQL, with a real SMTP server: the
 * e-mailed link that 100 GETs do not answer, that answers once and then says 410, that expires; the
 * fatigue cap and the exclusions, each skip with its reason (strict: 409); answers by phone (422
 * out of range, 409 twice, 403 about one's own case); the loop closed by one call-back promise for
 * the customer's owner even when two answers race; roles and bad input.
 */
abstract class SurveyApiTests {

    static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{22})");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    WorkingTime workingTime;

    final String marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String owner = "o" + marker;
    RequestPostProcessor asOwner;
    final RequestPostProcessor asColleague = user("c" + marker).roles("SERVICE");

    @BeforeEach
    void mailAndOwner(@Autowired SettingsStore settings, @Autowired UserDirectory users) {
        MailFixtures.useTestServer(settings);
        users.ensure(owner, "Olga " + marker, Role.SERVICE);
        asOwner = user(owner).roles("SERVICE");
    }

    @AfterEach
    void backToTheDefaults() {
        clock.reset();
        SettingsResets.reset(jdbc);
    }

    long customer(String suffix) {
        String email = suffix + "." + marker + "@example.es";
        long id = new CustomerFixtures(context).personWithEmail("Cliente " + suffix + " " + marker, email);
        jdbc.sql("UPDATE customer SET owner_username = :o WHERE id = :id")
                .param("o", owner)
                .param("id", id)
                .update();
        return id;
    }

    String ask(long customer, String kind, String mode, String extra) throws Exception {
        return mvc.perform(post("/api/v1/surveys")
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"kind":"%s","mode":"%s"%s}""".formatted(customer, kind, mode, extra)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    String tokenMailedTo(String suffix) throws Exception {
        List<MimeMessage> mails = MailFixtures.receivedBy(suffix + "." + marker + "@example.es");
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(String.valueOf(mails.get(0).getContent()));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    String statusOf(long survey) {
        return jdbc.sql("SELECT status FROM satisfaction_survey WHERE id = :id")
                .param("id", survey)
                .query(String.class)
                .single();
    }

    long callBacks(long customer) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM service_promise
                         WHERE customer_id = :c AND kind = 'CALL_BACK' AND owner_username = :o""")
                .param("c", customer)
                .param("o", owner)
                .query(Long.class)
                .single();
    }

    @Test
    void aLinkAnswersOnlyOnThePostOfItsFormOnceAndAnUnhappyAnswerGetsACallBack() throws Exception {
        long customer = customer("nps");
        String body = ask(customer, "NPS", "LINK", "");
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("SENT");
        assertThat(body).doesNotContain("skipReason");
        String token = tokenMailedTo("nps");
        assertThat(jdbc.sql("SELECT token_hash FROM satisfaction_survey WHERE id = :id")
                        .param("id", id(body))
                        .query(String.class)
                        .single())
                .hasSize(64)
                .doesNotContain(token);
        for (int i = 0; i < 100; i++) {
            mvc.perform(get("/s/{token}", token)).andExpect(status().isOk());
        }
        assertThat(statusOf(id(body))).isEqualTo("SENT");
        assertThat(callBacks(customer)).isZero();

        mvc.perform(post("/s/{token}", token).with(csrf()).param("score", "3").param("improve", "Llamar antes"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("survey-thanks")));
        assertThat(statusOf(id(body))).isEqualTo("ANSWERED");
        assertThat(jdbc.sql("SELECT comment FROM satisfaction_survey WHERE id = :id")
                        .param("id", id(body))
                        .query(String.class)
                        .single())
                .isEqualTo("Llamar antes");
        assertThat(callBacks(customer)).isEqualTo(1);
        Instant answered = jdbc.sql("SELECT answered_at FROM satisfaction_survey WHERE id = :id")
                .param("id", id(body))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        Instant due = jdbc.sql("SELECT due_at FROM service_promise WHERE customer_id = :c")
                .param("c", customer)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        // The loop closes at its own moment, within a minute of the answer; the call is due two
        // working hours after that moment (the two differ by microseconds, which matter in working hours).
        Instant closed = jdbc.sql("SELECT created_at FROM satisfaction_call_back WHERE customer_id = :c")
                .param("c", customer)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(closed).isBetween(answered, answered.plus(Duration.ofMinutes(1)));
        assertThat(due).isEqualTo(workingTime.afterWorkingHours(closed, Duration.ofHours(2)));

        mvc.perform(post("/s/{token}", token).with(csrf()).param("score", "10")).andExpect(status().isGone());
        mvc.perform(get("/s/{token}", token)).andExpect(status().isGone());
        assertThat(jdbc.sql("SELECT score FROM satisfaction_survey WHERE id = :id")
                        .param("id", id(body))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(callBacks(customer)).isEqualTo(1);
    }

    @Test
    void aLinkSpeaksTheLanguageItWasAskedInAndAHappyAnswerMakesNoCallBack() throws Exception {
        long customer = customer("en");
        ask(customer, "CSAT", "LINK", ",\"language\":\"en\"");
        String token = tokenMailedTo("en");
        mvc.perform(get("/s/{token}", token).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("How would you rate")));
        mvc.perform(post("/s/{token}", token).with(csrf()).param("score", "5")).andExpect(status().isOk());
        assertThat(callBacks(customer)).isZero();
    }

    @Test
    void aLinkExpiresAfterItsDays() throws Exception {
        long customer = customer("old");
        long survey = id(ask(customer, "CSAT", "LINK", ""));
        String token = tokenMailedTo("old");
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        mvc.perform(get("/s/{token}", token)).andExpect(status().isGone());
        mvc.perform(post("/s/{token}", token).with(csrf()).param("score", "1")).andExpect(status().isGone());
        assertThat(statusOf(survey)).isEqualTo("SENT");
        assertThat(callBacks(customer)).isZero();
    }

    @Test
    void aTokenThatWasNeverOursIsNotFoundAndABadScoreRecordsNothing() throws Exception {
        mvc.perform(get("/s/{token}", "AAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
        long customer = customer("bad");
        long survey = id(ask(customer, "CSAT", "LINK", ""));
        String token = tokenMailedTo("bad");
        mvc.perform(post("/s/{token}", token).with(csrf()).param("score", "9"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(statusOf(survey)).isEqualTo("SENT");
    }

    @Test
    void nobodyIsAskedTwiceWithinTheCapAndStrictMakesASkipAConflict() throws Exception {
        long customer = customer("cap");
        ask(customer, "CSAT", "PHONE", "");
        String second = ask(customer, "NPS", "LINK", "");
        assertThat((String) JsonPath.read(second, "$.status")).isEqualTo("SKIPPED");
        assertThat((String) JsonPath.read(second, "$.skipReason")).isEqualTo("FATIGUE");
        assertThat(MailFixtures.receivedBy("cap." + marker + "@example.es")).isEmpty();
        mvc.perform(post("/api/v1/surveys?strict=true")
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"kind":"CSAT","mode":"PHONE"}""".formatted(customer)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("survey-skipped")));
        clock.advance(Duration.ofDays(91));
        String later = ask(customer, "CSAT", "PHONE", "");
        assertThat((String) JsonPath.read(later, "$.status")).isEqualTo("SENT");
    }

    @Test
    void theLostTheUncontactableAndThoseWithAnOpenCaseGetNoNps(
            @Autowired LostCustomers lost, @Autowired ServiceCases cases) throws Exception {
        long gone = customer("lost");
        lost.markLost(
                gone, LossReason.MOVED, null, java.time.LocalDate.now(clock).minusDays(1));
        assertThat((String) JsonPath.read(ask(gone, "NPS", "LINK", ""), "$.skipReason"))
                .isEqualTo("LOST");

        long quiet = customer("quiet");
        jdbc.sql("""
                        INSERT INTO satisfaction_contact_stop (customer_id, channel, recorded_at, recorded_by)
                        VALUES (:c, 'PHONE', CURRENT_TIMESTAMP, 'test')""").param("c", quiet).update();
        assertThat((String) JsonPath.read(ask(quiet, "NPS", "PHONE", ""), "$.skipReason"))
                .isEqualTo("DO_NOT_CONTACT");

        long waiting = customer("open");
        cases.openComplaint(waiting, owner, "Pedido roto", "Llegó roto");
        assertThat((String) JsonPath.read(ask(waiting, "NPS", "LINK", ""), "$.skipReason"))
                .isEqualTo("OPEN_CASE");
        assertThat((String) JsonPath.read(ask(waiting, "CSAT", "PHONE", ""), "$.status"))
                .isEqualTo("SENT");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM satisfaction_survey WHERE customer_id IN (:ids) AND status = 'SKIPPED'")
                        .param("ids", List.of(gone, quiet, waiting))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aPhoneAnswerIsCheckedAndTakenOnceButNotFromTheOwnerOfTheCase(@Autowired ServiceCases cases) throws Exception {
        long customer = customer("phone");
        long caseId = cases.openComplaint(customer, owner, "Retraso", "Tarde").value();
        long survey = id(ask(customer, "CSAT", "PHONE", ",\"caseId\":" + caseId));
        mvc.perform(post("/api/v1/surveys/{id}/answer", survey)
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":6}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("score"));
        mvc.perform(post("/api/v1/surveys/{id}/answer", survey)
                        .with(asOwner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":5}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys/{id}/answer", survey)
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":2,\"comment\":\"Tardaron\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("PHONE"))
                .andExpect(jsonPath("$.status").value("ANSWERED"));
        assertThat(callBacks(customer)).isEqualTo(1);
        mvc.perform(post("/api/v1/surveys/{id}/answer", survey)
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":4}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("survey-state")));
    }

    @Test
    void twoAnswersAtOnceRecordOneAndCloseTheLoopOnce() throws Exception {
        long customer = customer("race");
        long survey = id(ask(customer, "NPS", "LINK", ""));
        String token = tokenMailedTo("race");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> answer = () -> {
            start.await();
            return mvc.perform(post("/s/{token}", token).with(csrf()).param("score", "0"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results =
                    List.of(pool.submit(answer), pool.submit(answer), pool.submit(answer), pool.submit(answer));
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 410);
        } finally {
            pool.shutdownNow();
        }
        assertThat(statusOf(survey)).isEqualTo("ANSWERED");
        assertThat(callBacks(customer)).isEqualTo(1);
    }

    @Test
    void aViewerAsksNobodyAndBadInputIsNamedByField() throws Exception {
        long customer = customer("roles");
        mvc.perform(post("/api/v1/surveys")
                        .with(user("v" + marker).roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"kind":"NPS","mode":"LINK"}""".formatted(customer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys/{id}/answer", 1)
                        .with(user("v" + marker).roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"score\":5}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/surveys")
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"kind":"CSAT2","language":"fr"}""".formatted(customer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(
                        jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("kind", "mode")));
        mvc.perform(post("/api/v1/surveys")
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"kind":"CSAT","mode":"LINK","language":"fr"}""".formatted(customer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(post("/api/v1/surveys")
                        .with(asColleague)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":-5,\"kind\":\"CSAT\",\"mode\":\"LINK\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
    }
}
