package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.ContactPermission;
import org.clientela.platform.ContactPermission.Channel;
import org.clientela.platform.ContactPermission.Purpose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Consents through the API, on H2 and PostgreSQL: an answer recorded and read back in the grid of
 * all ten channel and purpose pairs (NOT_ASKED where nothing was said) and in the history, newest
 * first; the words shown stored once however many answers they were shown with; what the
 * permission every sender asks then says; roles; bad input named by its field; an unknown customer.
 */
abstract class ConsentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContactPermission permission;

    final String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final RequestPostProcessor asSales = user("s" + marker).roles("SALES");

    long customer() {
        return new CustomerFixtures(context).person("Consiente " + marker + " " + UUID.randomUUID());
    }

    ResultActions record(long customer, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/customers/{id}/consents", customer)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    static String body(String channel, String purpose, String status, String source, String text) {
        return """
                {"channel":"%s","purpose":"%s","status":"%s","source":"%s","text":"%s"}""".formatted(channel, purpose, status, source, text);
    }

    String read(long customer) throws Exception {
        return mvc.perform(get("/api/v1/customers/{id}/consents", customer)
                        .with(user("v" + marker).roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aRecordedAnswerStandsInTheGridOfAllTenAndInTheHistoryNewestFirst() throws Exception {
        long customer = customer();
        String text = "¿Quieres recibir nuestras ofertas por e-mail? " + marker;
        record(customer, asSales, body("EMAIL", "MARKETING", "GRANTED", "IN_PERSON", text))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("GRANTED"))
                .andExpect(jsonPath("$.legalBasis").value("CONSENT"))
                .andExpect(jsonPath("$.recordedBy").value("s" + marker));
        record(customer, asSales, body("EMAIL", "MARKETING", "WITHDRAWN", "PHONE", text))
                .andExpect(status().isCreated());
        record(customer, asSales, """
                        {"channel":"SMS","purpose":"SURVEYS","status":"REFUSED","source":"FORM",
                         "legalBasis":"LEGITIMATE_INTEREST","text":"Encuestas por SMS"}""").andExpect(status().isCreated());

        String json = read(customer);
        List<Map<String, Object>> current = JsonPath.read(json, "$.current");
        assertThat(current).hasSize(10);
        assertThat(current)
                .extracting(c -> c.get("channel") + "/" + c.get("purpose"))
                .doesNotHaveDuplicates();
        assertThat(statusIn(current, "EMAIL", "MARKETING")).isEqualTo("WITHDRAWN");
        assertThat(statusIn(current, "SMS", "SURVEYS")).isEqualTo("REFUSED");
        assertThat(current.stream().filter(c -> "NOT_ASKED".equals(c.get("status"))))
                .hasSize(8)
                .allSatisfy(c -> {
                    assertThat(c.get("allowed")).isEqualTo(true);
                    assertThat(c.get("legalBasis")).isEqualTo("LEGITIMATE_INTEREST");
                });

        List<String> history = JsonPath.read(json, "$.history[*].status");
        assertThat(history).containsExactly("REFUSED", "WITHDRAWN", "GRANTED");
        List<Integer> ids = JsonPath.read(json, "$.history[*].id");
        assertThat(ids).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat((String) JsonPath.read(json, "$.history[2].text")).isEqualTo(text);
        assertThat((String) JsonPath.read(json, "$.history[1].source")).isEqualTo("PHONE");

        assertThat(permission.allows(customer, Channel.EMAIL, Purpose.MARKETING))
                .isFalse();
        assertThat(permission.allows(customer, Channel.SMS, Purpose.SURVEYS)).isFalse();
        assertThat(permission.allows(customer, Channel.EMAIL, Purpose.SURVEYS)).isTrue();
        record(customer, asSales, body("EMAIL", "MARKETING", "GRANTED", "EMAIL", text))
                .andExpect(status().isCreated());
        assertThat(permission.allows(customer, Channel.EMAIL, Purpose.MARKETING))
                .isTrue();
    }

    @Test
    void theHistoryComesAPageAtATime() throws Exception {
        long customer = customer();
        for (String status : List.of("GRANTED", "WITHDRAWN", "GRANTED")) {
            record(customer, asSales, body("POST", "MARKETING", status, "FORM", "Carta " + marker))
                    .andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/customers/{id}/consents", customer)
                        .param("size", "2")
                        .param("page", "1")
                        .with(asSales))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.history[0].status").value("GRANTED"))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.current.length()").value(10));
        mvc.perform(get("/api/v1/customers/{id}/consents", customer)
                        .param("size", "0")
                        .with(asSales))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theSameWordsShownTwiceAreStoredOnce() throws Exception {
        long customer = customer();
        long other = customer();
        String text = "Texto de la cláusula " + marker;
        record(customer, asSales, body("EMAIL", "SURVEYS", "GRANTED", "FORM", text))
                .andExpect(status().isCreated());
        record(other, asSales, body("PHONE", "MARKETING", "REFUSED", "PHONE", text))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM privacy_consent_text WHERE body = :t")
                        .param("t", text)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT COUNT(DISTINCT e.text_id) FROM privacy_consent_event e
                         WHERE e.customer_id IN (:a, :b)""")
                        .param("a", customer)
                        .param("b", other)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String sha = JsonPath.read(read(customer), "$.history[0].textSha256");
        assertThat(sha).hasSize(64).isEqualTo(JsonPath.read(read(other), "$.history[0].textSha256"));
    }

    @Test
    void viewersReadButDoNotRecordAndStrangersDoNeither() throws Exception {
        long customer = customer();
        String valid = body("EMAIL", "MARKETING", "GRANTED", "FORM", "Texto");
        record(customer, user("v" + marker).roles("VIEWER"), valid).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/customers/{id}/consents", customer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(valid))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/customers/{id}/consents", customer)).andExpect(status().isUnauthorized());
        for (String role : List.of("ADMIN", "MANAGER", "SERVICE", "SALES")) {
            record(customer, user(role.toLowerCase() + marker).roles(role), valid)
                    .andExpect(status().isCreated());
        }
        read(customer);
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        long customer = customer();
        expectField(customer, body("FAX", "MARKETING", "GRANTED", "FORM", "t"), "channel");
        expectField(customer, body("EMAIL", "SPAM", "GRANTED", "FORM", "t"), "purpose");
        expectField(customer, body("EMAIL", "MARKETING", "MAYBE", "FORM", "t"), "status");
        expectField(customer, body("EMAIL", "MARKETING", "NOT_ASKED", "FORM", "t"), "status");
        expectField(customer, body("EMAIL", "MARKETING", "GRANTED", "TELEPATHY", "t"), "source");
        expectField(customer, body("EMAIL", "MARKETING", "GRANTED", "UNSUBSCRIBE_LINK", "t"), "source");
        expectField(customer, """
                {"channel":"EMAIL","purpose":"MARKETING","status":"GRANTED","source":"FORM"}""", "text");
        expectField(customer, body("EMAIL", "MARKETING", "GRANTED", "FORM", "   "), "text");
        expectField(customer, body("EMAIL", "MARKETING", "GRANTED", "FORM", "x".repeat(4001)), "text");
        // A control character is refused as the body is read, as everywhere in the API.
        record(customer, asSales, body("EMAIL", "MARKETING", "GRANTED", "FORM", "nul\\u0000here"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        record(customer, asSales, body("EMAIL", "MARKETING", "GRANTED", "FORM", "bell\\u0007here"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        expectField(customer, """
                {"channel":"EMAIL","purpose":"MARKETING","status":"GRANTED","source":"FORM",
                 "legalBasis":"WHIM","text":"t"}""", "legalBasis");
        // Several faults at once are all named.
        record(customer, asSales, body("FAX", "SPAM", "GRANTED", "FORM", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("channel", "purpose", "text")));
        // The longest text there is goes in, line breaks and all.
        record(customer, asSales, body("EMAIL", "MARKETING", "GRANTED", "FORM", "línea\\n" + "x".repeat(3994)))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM privacy_consent_event WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        long unknown = jdbc.sql("SELECT COALESCE(MAX(id), 0) + 1000 FROM customer")
                .query(Long.class)
                .single();
        record(unknown, asSales, body("EMAIL", "MARKETING", "GRANTED", "FORM", "t"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/{id}/consents", unknown).with(asSales))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentNamesBothCalls() throws Exception {
        String served = mvc.perform(get("/api/openapi").with(asSales))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Map<String, Object>) JsonPath.read(served, "$.paths['/api/v1/customers/{id}/consents']"))
                .containsKeys("get", "post");
    }

    private void expectField(long customer, String json, String field) throws Exception {
        record(customer, asSales, json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private static String statusIn(List<Map<String, Object>> current, String channel, String purpose) {
        return current.stream()
                .filter(c -> channel.equals(c.get("channel")) && purpose.equals(c.get("purpose")))
                .map(c -> (String) c.get("status"))
                .findFirst()
                .orElseThrow();
    }
}
