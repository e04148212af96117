package org.clientela.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.Role;
import org.clientela.platform.SettingsStore;
import org.clientela.platform.UserDirectory;
import org.clientela.support.SettingsResets;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public web-to-lead form, the call-back scheduled with a step, and the seller's day, on H2 and
 * PostgreSQL: an accepted lead becomes a web prospect of the seller on duty with its consent, the
 * words the sender saw and a call-back in the ledger and the seller's day; robots, hurried senders
 * and floods are refused; a GET records nothing; a step keeps the pending call-back.
 */
abstract class SalesLeadTests {

    static final RequestPostProcessor ADMIN = user("adela").roles("ADMIN");
    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    UserDirectory users;

    @Autowired
    SettingsStore settings;

    @Autowired
    BusinessSettings business;

    @Autowired
    MessageSource messages;

    final String marker = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String seller;
    RequestPostProcessor asSeller;

    @BeforeEach
    void sellerOnDuty() {
        seller = "sv-" + marker;
        users.ensure(seller, "Sara " + marker, Role.SALES);
        asSeller = user(seller).roles("SALES");
        settings.update(settings.view().version(), Map.of("sales.lead.seller-on-duty", seller));
    }

    @AfterEach
    void putBack() {
        clock.reset();
        SettingsResets.reset(jdbc);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    String token(String address) throws Exception {
        String form = mvc.perform(get("/lead").with(from(address)).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    MockHttpServletRequestBuilder lead(String address, String token, String email) {
        return post("/lead")
                .with(from(address))
                .header("Accept-Language", "es")
                .param("token", token)
                .param("company", "Talleres " + marker)
                .param("name", "Rosa Llanos")
                .param("email", email)
                .param("phone", "")
                .param("message", "Quiero saber precios");
    }

    long count(String sql) {
        return jdbc.sql(sql).param("m", "%" + marker + "%").query(Long.class).single();
    }

    @Test
    void aGetShowsTheConsentUntickedApartFromThePrivacyNoticeAndRecordsNothing() throws Exception {
        String address = randomAddress();
        long attempts = jdbc.sql("SELECT COUNT(*) FROM service_contact_attempt")
                .query(Long.class)
                .single();

        String page = mvc.perform(get("/lead").param("lang", "en").with(from(address)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Matcher box =
                Pattern.compile("<input[^>]*name=\"marketingConsent\"[^>]*>").matcher(page);
        assertThat(box.find()).isTrue();
        assertThat(box.group()).contains("type=\"checkbox\"").doesNotContain("checked");
        assertThat(page)
                .contains("id=\"lead-privacy\"", messages.getMessage("sales.lead.privacy", null, Locale.ENGLISH))
                .contains(messages.getMessage("sales.lead.consent", null, Locale.ENGLISH))
                .contains("name=\"website\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_contact_attempt")
                        .query(Long.class)
                        .single())
                .isEqualTo(attempts);
        assertThat(count("SELECT COUNT(*) FROM sales_web_lead WHERE company LIKE :m"))
                .isZero();
    }

    @Test
    void anAcceptedLeadBecomesAWebProspectOfTheSellerOnDutyWithItsConsentAndACallBackInTheirDay() throws Exception {
        String address = randomAddress();
        String email = "rosa." + marker + "@example.es";
        String token = token(address);
        clock.advance(Duration.ofMillis(3100));

        MvcResult sent = mvc.perform(lead(address, token, email)
                        .param("marketingConsent", "true")
                        .param("page", "https://www.example.es/servicios"))
                .andExpect(redirectedUrl("/lead/thanks"))
                .andExpect(flash().attributeExists("callBackBy"))
                .andReturn();
        Instant callBackBy = (Instant) sent.getFlashMap().get("callBackBy");

        Map<String, Object> prospect = jdbc.sql(
                        "SELECT id, source, owner_username, email_key FROM sales_prospect WHERE name = :n")
                .param("n", "Talleres " + marker)
                .query()
                .singleRow();
        assertThat(prospect).containsEntry("source", "WEB_FORM").containsEntry("owner_username", seller);
        long prospectId = ((Number) prospect.get("id")).longValue();

        Map<String, Object> consent =
                jdbc.sql("""
                        SELECT l.marketing_consent, l.page, l.new_prospect, t.body, t.sha256, t.language
                          FROM sales_web_lead l JOIN sales_consent_text t ON t.id = l.consent_text_id
                         WHERE l.prospect_id = :p""").param("p", prospectId).query().singleRow();
        Locale es = Locale.forLanguageTag("es");
        String shown = messages.getMessage("sales.lead.privacy", null, es) + "\n\n"
                + messages.getMessage("sales.lead.consent", null, es);
        assertThat(consent)
                .containsEntry("marketing_consent", true)
                .containsEntry("new_prospect", true)
                .containsEntry("page", "https://www.example.es/servicios")
                .containsEntry("body", shown)
                .containsEntry("language", "es")
                .containsEntry("sha256", sha256(shown));
        // The ticked box is the prospect's own consent to offers by e-mail and phone, with the words shown.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                SELECT e.channel || '/' || e.purpose || '/' || e.status || '/' || e.source
                                  FROM privacy_consent_event e JOIN privacy_consent_text t ON t.id = e.text_id
                                 WHERE e.person_kind = 'PROSPECT' AND e.person_id = :p AND t.body = :shown
                                   AND e.recorded_by IS NULL""")
                                .param("p", prospectId)
                                .param("shown", shown)
                                .query(String.class)
                                .list())
                        .containsExactlyInAnyOrder("EMAIL/MARKETING/GRANTED/FORM", "PHONE/MARKETING/GRANTED/FORM"));

        long promiseId = jdbc.sql("SELECT promise_id FROM sales_call_back WHERE prospect_id = :p")
                .param("p", prospectId)
                .query(Long.class)
                .single();
        String promise = mvc.perform(get("/api/v1/promises/{id}", promiseId).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CALL_BACK"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.owner").value(seller))
                .andExpect(jsonPath("$.party.module").value("sales"))
                .andExpect(jsonPath("$.party.id").value(Long.toString(prospectId)))
                .andExpect(jsonPath("$.party.link").value("/sales/prospects/" + prospectId))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Instant due = Instant.parse(JsonPath.read(promise, "$.dueAt"));
        assertThat(due).isEqualTo(callBackBy).isAfter(clock.instant());
        // Without a published call-back time, one working day: never more than a long weekend away.
        assertThat(due).isBefore(clock.instant().plus(Duration.ofDays(5)));

        // The thank-you page reached as a browser does: the redirect's flash kept in the visitor's session (in the
        // database).
        mvc.perform(get("/lead/thanks")
                        .cookie(sent.getResponse().getCookie("SESSION"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lead-call-back\"")))
                .andExpect(content().string(containsString("Te llamaremos antes del")));
        mvc.perform(get("/sales/my-day").with(asSeller).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Talleres " + marker)))
                .andExpect(content().string(containsString("data-promise=\"" + promiseId + "\"")));

        // The same sender again: the lead joins the prospect already known, no second prospect.
        String again = token(address);
        clock.advance(Duration.ofMillis(3100));
        mvc.perform(lead(address, again, email.toUpperCase(Locale.ROOT)).param("company", "Otra " + marker))
                .andExpect(redirectedUrl("/lead/thanks"));
        assertThat(count("SELECT COUNT(*) FROM sales_prospect WHERE name LIKE :m"))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_web_lead WHERE prospect_id = :p AND new_prospect = FALSE"
                                + " AND marketing_consent = FALSE")
                        .param("p", prospectId)
                        .query(Long.class)
                        .single())
                .as("the second lead, unticked, on the same prospect")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_consent_text WHERE sha256 = :h")
                        .param("h", sha256(shown))
                        .query(Long.class)
                        .single())
                .as("each version of the words stored once")
                .isEqualTo(1);
    }

    @Test
    void robotsHurriedSendersAndFloodsAreRefusedAndNothingIsStored() throws Exception {
        String address = randomAddress();
        String token = token(address);
        String email = "bot." + marker + "@example.es";

        mvc.perform(lead(address, token, email).param("website", "http://spam.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lead-refused\"")));
        mvc.perform(lead(address, token, email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lead-refused\"")));
        mvc.perform(lead(address, "1.forged", email))
                .andExpect(content().string(containsString("id=\"lead-refused\"")));
        clock.advance(Duration.ofMillis(3100));
        mvc.perform(lead(address, token, email)).andExpect(redirectedUrl("/lead/thanks"));
        mvc.perform(lead(address, "2.forged", email))
                .andExpect(content().string(containsString("id=\"lead-refused\"")));
        // Five submissions an hour from one address (the contact form's count): the sixth is refused.
        mvc.perform(lead(address, token, email))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("id=\"lead-refused\"")));

        assertThat(count("SELECT COUNT(*) FROM sales_web_lead WHERE company LIKE :m"))
                .as("only the one accepted")
                .isEqualTo(1);
    }

    @Test
    void aPlainFormFromTheBusinessSiteIsShownBackToConfirmWithoutStoringAnything() throws Exception {
        mvc.perform(post("/lead")
                        .with(from(randomAddress()))
                        .header("Accept-Language", "es")
                        .header("Referer", "https://www.example.es/contacto")
                        .param("name", "Rosa " + marker)
                        .param("phone", "922 123 456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lead-notice\"")))
                .andExpect(content().string(containsString("value=\"Rosa " + marker + "\"")))
                .andExpect(content().string(containsString("value=\"https://www.example.es/contacto\"")))
                .andExpect(content().string(not(containsString("id=\"lead-refused\""))));
        assertThat(count("SELECT COUNT(*) FROM sales_web_lead WHERE name LIKE :m"))
                .isZero();
    }

    @Test
    void badInputIsToldNextToItsField() throws Exception {
        String address = randomAddress();
        String token = token(address);
        clock.advance(Duration.ofMillis(3100));
        mvc.perform(post("/lead")
                        .with(from(address))
                        .header("Accept-Language", "en")
                        .param("token", token)
                        .param("company", "Nadie " + marker)
                        .param("name", "")
                        .param("email", "")
                        .param("phone", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tell us your name.")))
                .andExpect(content().string(containsString("Write a phone or an e-mail")));
        assertThat(count("SELECT COUNT(*) FROM sales_web_lead WHERE company LIKE :m"))
                .isZero();
    }

    long prospect(String name, Long campaign) throws Exception {
        String body = mvc.perform(post("/api/v1/prospects")
                        .with(asSeller)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s %s\",\"email\":\"%s@example.org\"%s}"
                                .formatted(
                                        name,
                                        marker,
                                        name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + marker,
                                        campaign == null ? "" : ",\"campaignId\":" + campaign)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions step(long prospect, String json) throws Exception {
        return mvc.perform(post("/api/v1/prospects/{id}/activities", prospect)
                .with(asSeller)
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void aNextStepIsACallBackOfTheOwnerKeptByTheNextStepTaken() throws Exception {
        long prospect = prospect("Ferretería Teide", null);
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        step(
                        prospect,
                        "{\"kind\":\"CALL\",\"nextStepAt\":\"%s\"}"
                                .formatted(clock.instant().minusSeconds(60)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("nextStepAt")));
        step(
                        prospect,
                        "{\"kind\":\"CALL\",\"nextStepAt\":\"%s\",\"nextStepNote\":\"Preguntar por la jefa\"}"
                                .formatted(tomorrow))
                .andExpect(status().isCreated());

        long promiseId = jdbc.sql("SELECT promise_id FROM sales_call_back WHERE prospect_id = :p")
                .param("p", prospect)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/promises/{id}", promiseId).with(MANAGER))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.owner").value(seller))
                .andExpect(jsonPath("$.kind").value("CALL_BACK"))
                .andExpect(jsonPath("$.description").value("Preguntar por la jefa"))
                .andExpect(jsonPath("$.dueAt").value(tomorrow.toString()));
        mvc.perform(get("/sales/my-day").with(asSeller))
                .andExpect(content().string(containsString("data-promise=\"" + promiseId + "\"")));

        step(prospect, "{\"kind\":\"CONVERSATION\"}").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/promises/{id}", promiseId).with(MANAGER))
                .andExpect(jsonPath("$.status").value("KEPT"));
        mvc.perform(get("/sales/my-day").with(asSeller))
                .andExpect(content().string(not(containsString("data-promise=\"" + promiseId + "\""))));
        step(prospect, "{\"kind\":\"LOST\",\"reason\":\"PRICE\",\"nextStepAt\":\"%s\"}".formatted(tomorrow))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("nextStepAt")));
    }

    @Test
    void theSellersDayShowsTodaysAppointmentsAndTheirOwnProspectsReadyToCall() throws Exception {
        String campaignBody = mvc.perform(post("/api/v1/campaigns")
                        .with(MANAGER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ascendente %s\",\"strategy\":\"BOTTOM_UP\",\"startsOn\":\"2026-01-01\"}"
                                .formatted(marker)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long bottomUp = ((Number) JsonPath.read(campaignBody, "$.id")).longValue();
        prospect("Bodega Lista", bottomUp);
        prospect("Sin Investigar", null);
        long appointment = prospect("Cita Hoy", bottomUp);
        ZoneId zone = business.timeZone();
        Instant noonToday = LocalDate.ofInstant(clock.instant(), zone)
                .atTime(12, 0)
                .atZone(zone)
                .toInstant();
        step(appointment, "{\"kind\":\"APPOINTMENT\",\"appointmentAt\":\"%s\"}".formatted(noonToday))
                .andExpect(status().isCreated());

        String day = mvc.perform(get("/sales/my-day").with(asSeller).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(day).contains("Bodega Lista " + marker, "Cita Hoy " + marker, "sales-day-appointment");
        assertThat(day)
                .as("a top-down prospect without research is not ready to call")
                .doesNotContain("Sin Investigar " + marker);

        mvc.perform(get("/sales/my-day").with(user("otro-" + marker).roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(get("/sales/my-day").with(user("vera").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/sales/my-day").with(user("sergio").roles("SERVICE"))).andExpect(status().isForbidden());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
