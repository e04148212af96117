package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.BusinessSettings;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
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
 * The register of rights requests through the API and its home card, on H2 and PostgreSQL, with
 * the clock stopped on chosen days: the due date over month ends, overdue and the week's warning,
 * the answer, refusal and extension with their conflicts, the reply letter drafted through the
 * letters, bad input named by field, and who may do what.
 */
abstract class RightsRequestApiTests {

    static final RequestPostProcessor MANAGER = user("requests-manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    BusinessSettings business;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    long customer;

    @BeforeEach
    void aCustomer() {
        customer = new CustomerFixtures(context)
                .personWithEmail("Rosa Derechos " + marker, "rosa." + marker + "@example.es");
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    /** Stops the clock at noon of {@code day} in the business's time zone. */
    void today(LocalDate day) {
        ZoneId zone = business.timeZone();
        clock.stopAt(day.atTime(12, 0).atZone(zone).toInstant());
    }

    ResultActions register(String json) throws Exception {
        return mvc.perform(post("/api/v1/privacy/requests")
                .with(MANAGER)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(json));
    }

    String registered(String kind, LocalDate receivedOn) throws Exception {
        return register("""
                        {"kind":"%s","customerId":%d,"channel":"EMAIL","receivedOn":"%s","handler":"admin",
                         "details":"Wants everything %s"}""".formatted(kind, customer, receivedOn, marker))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aRequestIsDueAMonthLaterAndOnTheLastDayOfAShorterMonth() throws Exception {
        today(LocalDate.of(2028, 3, 5));
        String leap = registered("ACCESS", LocalDate.of(2028, 1, 31));
        assertThat((String) JsonPath.read(leap, "$.dueOn")).isEqualTo("2028-02-29");
        assertThat((String) JsonPath.read(leap, "$.requesterName")).isEqualTo("Rosa Derechos " + marker);
        assertThat((Boolean) JsonPath.read(leap, "$.overdue")).isTrue();
        String plain = registered("PORTABILITY", LocalDate.of(2027, 1, 31));
        assertThat((String) JsonPath.read(plain, "$.dueOn")).isEqualTo("2027-02-28");
        String march = registered("ERASURE", LocalDate.of(2028, 3, 1));
        assertThat((String) JsonPath.read(march, "$.dueOn")).isEqualTo("2028-04-01");
        assertThat((Boolean) JsonPath.read(march, "$.overdue")).isFalse();
        assertThat(((Number) JsonPath.read(march, "$.daysLeft")).intValue()).isEqualTo(27);
    }

    @Test
    void theOverdueListHoldsThePendingRequestsPastTheirDay() throws Exception {
        today(LocalDate.of(2028, 6, 20));
        long late = id(registered("ACCESS", LocalDate.of(2028, 5, 10)));
        long onTime = id(registered("ACCESS", LocalDate.of(2028, 6, 1)));
        String overdue = mvc.perform(get("/api/v1/privacy/requests")
                        .with(MANAGER)
                        .param("show", "overdue")
                        .param("customerId", Long.toString(customer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(overdue, "$.items[*].id");
        assertThat(ids).containsExactly((int) late);
        String open = mvc.perform(get("/api/v1/privacy/requests")
                        .with(MANAGER)
                        .param("customerId", Long.toString(customer))
                        .param("sort", "received")
                        .param("dir", "desc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> openIds = JsonPath.read(open, "$.items[*].id");
        assertThat(openIds).containsExactly((int) onTime, (int) late);
        mvc.perform(get("/api/v1/privacy/requests").with(MANAGER).param("sort", "nonsense"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void theHomeCardWarnsAWeekAheadAndSaysWhatToDoToday() throws Exception {
        jdbc.sql("DELETE FROM privacy_request").update();
        today(LocalDate.of(2028, 9, 15));
        String none = card();
        assertThat(none).contains("home-requests-none");
        long inFiveDays = id(registered("ACCESS", LocalDate.of(2028, 8, 20)));
        long inTenDays = id(registered("ACCESS", LocalDate.of(2028, 8, 25)));
        String soon = card();
        assertThat(soon)
                .contains("data-request=\"" + inFiveDays + "\"")
                .doesNotContain("data-request=\"" + inTenDays + "\"")
                .contains("5 days left")
                .contains("Today: prepare the answers")
                .doesNotContain("home-requests-overdue");
        clock.advance(java.time.Duration.ofDays(7));
        String late = card();
        assertThat(late)
                .contains("data-request=\"" + inFiveDays + "\"")
                .contains("data-request=\"" + inTenDays + "\"")
                .contains("1 request is overdue")
                .contains("2 days late")
                .contains("Today: answer the overdue ones first");
        mvc.perform(get("/privacy/requests/card").with(user("s").roles("SALES")))
                .andExpect(status().isForbidden());
    }

    private String card() throws Exception {
        return mvc.perform(get("/privacy/requests/card").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aRequestIsAnsweredOnceWithTheVersionRead() throws Exception {
        String body = registered("RECTIFICATION", LocalDate.now().minusDays(2));
        long id = id(body);
        String answered = mvc.perform(post("/api/v1/privacy/requests/{id}/answer", id)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"text\":\"Corrected the address\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(answered, "$.status")).isEqualTo("ANSWERED");
        assertThat((String) JsonPath.read(answered, "$.outcome")).isEqualTo("Corrected the address");
        assertThat((Boolean) JsonPath.read(answered, "$.overdue")).isFalse();
        mvc.perform(post("/api/v1/privacy/requests/{id}/refusal", id)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"text\":\"Too late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("privacy-request-state")));
        long other = id(registered("ACCESS", LocalDate.now().minusDays(2)));
        mvc.perform(post("/api/v1/privacy/requests/{id}/extension", other)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"text\":\"Many requests\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXTENDED"))
                .andExpect(jsonPath("$.dueOn")
                        .value(LocalDate.now().minusDays(2).plusMonths(3).toString()));
        mvc.perform(post("/api/v1/privacy/requests/{id}/answer", other)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"text\":\"Stale\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/privacy/requests/{id}/answer", other)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"text\":\"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
    }

    @Test
    void theReplyLetterIsDraftedOnARequestCaseForTheCustomer() throws Exception {
        long id = id(registered("ACCESS", LocalDate.now().minusDays(1)));
        String drafted = mvc.perform(post("/api/v1/privacy/requests/{id}/reply-letter", id)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"en\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long letter = ((Number) JsonPath.read(drafted, "$.letterId")).longValue();
        mvc.perform(get("/api/v1/letters/{id}", letter).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value("Your request to access your personal data"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith("Dear Rosa Derechos " + marker)));
        var row = jdbc.sql("""
                        SELECT c.case_type, c.customer_id FROM privacy_request r JOIN service_case c ON c.id = r.case_id
                         WHERE r.id = :id AND r.letter_id = :letter""").param("id", id).param("letter", letter).query().singleRow();
        assertThat(row.get("case_type")).isEqualTo("REQUEST");
        assertThat(((Number) row.get("customer_id")).longValue()).isEqualTo(customer);
        mvc.perform(post("/api/v1/privacy/requests/{id}/reply-letter", id)
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"en\"}"))
                .andExpect(status().isConflict());
        String unmatched = register("""
                        {"kind":"ERASURE","requesterName":"Someone %s","contact":"x@example.es","channel":"LETTER",
                         "receivedOn":"%s"}""".formatted(marker, LocalDate.now().minusDays(1)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/v1/privacy/requests/{id}/reply-letter", id(unmatched))
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"es\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
    }

    @Test
    void badInputIsNamedByField() throws Exception {
        register("{\"customerId\":%d,\"channel\":\"EMAIL\",\"receivedOn\":\"2026-01-01\"}".formatted(customer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("kind")));
        register("""
                        {"kind":"ACCESS","customerId":%d,"channel":"EMAIL","receivedOn":"%s"}""".formatted(customer, LocalDate.now().plusDays(3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        register("{\"kind\":\"ACCESS\",\"customerId\":%d,\"channel\":\"EMAIL\",\"receivedOn\":\"2026-01-01\"}"
                        .formatted(Long.MAX_VALUE - 3))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        register("{\"kind\":\"ACCESS\",\"channel\":\"EMAIL\",\"receivedOn\":\"2026-01-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("requesterName"));
        register("{\"kind\":\"NOSUCH\",\"customerId\":%d,\"channel\":\"EMAIL\",\"receivedOn\":\"2026-01-01\"}"
                        .formatted(customer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        register("""
                        {"kind":"ACCESS","customerId":%d,"channel":"EMAIL","receivedOn":"2026-01-01","handler":"nobody-%s"}""".formatted(customer, marker))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("handler"));
    }

    @Test
    void onlyAdminsAndManagersSeeTheRegister() throws Exception {
        long id = id(registered("OBJECTION", LocalDate.now().minusDays(1)));
        mvc.perform(get("/api/v1/privacy/requests/{id}", id).with(user("a").roles("ADMIN")))
                .andExpect(status().isOk());
        for (String role : List.of("SALES", "SERVICE", "VIEWER")) {
            mvc.perform(get("/api/v1/privacy/requests/{id}", id).with(user("x").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/privacy/requests").with(user("x").roles(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/privacy/requests")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/privacy/requests/{id}", Long.MAX_VALUE - 1).with(MANAGER))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePagesRegisterARequestAndRecordItsAnswer() throws Exception {
        String location = mvc.perform(post("/privacy/requests")
                        .with(MANAGER)
                        .with(csrf())
                        .param("kind", "ACCESS")
                        .param("customerId", Long.toString(customer))
                        .param("channel", "PHONE")
                        .param("receivedOn", LocalDate.now().minusDays(1).toString())
                        .param("details", "Por teléfono " + marker))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/privacy/requests/\\d+");
        String page = mvc.perform(get(location).with(MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Rosa Derechos " + marker).contains("request-answer");
        String refused = mvc.perform(
                        post(location + "/answer").with(MANAGER).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("is-invalid");
        mvc.perform(post(location + "/answer")
                        .with(MANAGER)
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Sent the archive"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/privacy/requests").with(MANAGER).param("show", "all"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Rosa Derechos " + marker);
        String form = mvc.perform(post("/privacy/requests")
                        .with(MANAGER)
                        .with(csrf())
                        .param("kind", "ACCESS")
                        .param("channel", "PHONE")
                        .param("requesterName", "")
                        .param("receivedOn", LocalDate.now().minusDays(1).toString())
                        .param("details", "Conservar " + marker))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("is-invalid").contains("Conservar " + marker);
    }
}
