package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.clientela.sales.ProspectPersonalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A prospect who never became a customer, exported and erased (issue 19), on H2 and PostgreSQL: the
 * archive holds their sales records and consents; after the erasure no text column of the sales
 * tables (nor the audit log) holds their name, e-mail, phone or tax id, the prospect search finds
 * nothing, and the sales KPIs are what they were; only admins erase (managers too export), once; a
 * won prospect is erased as its customer.
 */
abstract class ProspectDataTests {

    static final RequestPostProcessor ADMIN = user("privacy-admin").roles("ADMIN");
    static final RequestPostProcessor MANAGER = user("privacy-manager").roles("MANAGER");
    static final RequestPostProcessor ANA = user("ana").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    org.clientela.support.TestClock clock;

    @Autowired
    org.clientela.platform.UserDirectory users;

    final String marker = "pd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String name;
    String email;
    String phone;
    String taxId;
    String contactName;
    String contactEmail;
    long prospectId;

    @BeforeEach
    void aProspectWithContactsActivitiesAndAConsent() throws Exception {
        users.ensure("ana", "Ana Vendedora", org.clientela.platform.Role.SALES);
        name = "Talleres Quintana " + marker;
        email = marker + "@quintana.example";
        phone = "6" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        taxId = cif(1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        contactName = "Leocadia Ybarra " + marker;
        contactEmail = "leocadia." + marker + "@quintana.example";
        String body = mvc.perform(post("/api/v1/prospects")
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"%s","email":"%s","phone":"%s","taxId":"%s","address":"Calle Mayor 3",
                                 "notes":"Lo conocimos por %s","contacts":[{"name":"%s","email":"%s","phone":"%s"}]}""".formatted(
                                name, email, phone, taxId, name, contactName, contactEmail, "7" + phone.substring(1))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        prospectId = ((Number) JsonPath.read(body, "$.id")).longValue();
        activity(prospectId, "CALL", "Llamada a " + contactName + " de " + name);
        mvc.perform(post("/api/v1/prospects/{id}/activities", prospectId)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CALL","minutes":2,"nextStepAt":"%s","nextStepNote":"Volver a llamar a %s"}""".formatted(clock.instant().plus(java.time.Duration.ofDays(2)), contactName)))
                .andExpect(status().isCreated());
        jdbc.sql("""
                        INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, summary)
                        VALUES (CURRENT_TIMESTAMP, 'ana', 'NOTE', 'prospect', :id, :summary)""")
                .param("id", Long.toString(prospectId))
                .param("summary", "Habló con " + contactName)
                .update();
        // An event its listener has heard, kept with its words as the event log keeps them, quoting the prospect.
        jdbc.sql("""
                        INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date, status, completion_attempts)
                        VALUES (:id, 'a.Listener.on(a.Event)', 'a.Event', :event, CURRENT_TIMESTAMP,
                                CURRENT_TIMESTAMP, 'COMPLETED', 1)""")
                .param("id", java.util.UUID.randomUUID())
                .param("event", "{\"note\":\"Llamar a " + contactName + " de " + name + "\"}")
                .update();
        mvc.perform(post("/api/v1/prospects/{id}/consents", prospectId)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel":"EMAIL","purpose":"MARKETING","status":"GRANTED","source":"PHONE",
                                 "text":"Acepto recibir noticias %s"}""".formatted(marker)))
                .andExpect(status().isCreated());
    }

    /** A valid CIF of a limited company ({@code B}, seven digits and the control digit). */
    static String cif(int digits) {
        String body = Integer.toString(digits);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = body.charAt(i) - '0';
            sum += i % 2 == 0 ? (2 * d) / 10 + (2 * d) % 10 : d;
        }
        return "B" + body + (10 - sum % 10) % 10;
    }

    void activity(long id, String kind, String note) throws Exception {
        mvc.perform(post("/api/v1/prospects/{id}/activities", id)
                        .with(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"%s","minutes":4,"amount":%s,"note":"%s"}""".formatted(kind, "WON".equals(kind) ? "1200" : "null", note)))
                .andExpect(status().isCreated());
    }

    /** Wins the prospect; the customer it became. */
    Long won() throws Exception {
        activity(prospectId, "WON", "Firmado");
        return jdbc.sql("SELECT customer_id FROM sales_prospect WHERE id = :id")
                .param("id", prospectId)
                .query(Long.class)
                .single();
    }

    List<String> values() {
        return List.of(name, email, phone, taxId, contactName, contactEmail);
    }

    ResultActions erase(RequestPostProcessor who, long id, boolean dryRun) throws Exception {
        return mvc.perform(post("/api/v1/prospects/{id}/erasure", id)
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content("{\"dryRun\":" + dryRun + "}"));
    }

    /** Every text column of every table holding one of {@code values}: {@code table.column}. */
    List<String> placesHolding(List<String> values) throws Exception {
        assertThat(TextColumnSearch.textColumns(dataSource))
                .as("the walk finds the sales tables")
                .hasSizeGreaterThan(20);
        return TextColumnSearch.placesHolding(dataSource, jdbc, values);
    }

    int found(String text) throws Exception {
        String body = mvc.perform(get("/api/v1/prospects").param("q", text).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<List<?>>read(body, "$.items").size();
    }

    String kpis() throws Exception {
        return mvc.perform(get("/api/v1/sales/kpis").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theExportHoldsTheProspectsSalesRecordsAndConsentsWithAnEscapedSummary() throws Exception {
        Map<String, String> entries =
                PersonalDataExportTests.entries(mvc.perform(get("/api/v1/prospects/{id}/personal-data", prospectId)
                                .with(MANAGER)
                                .header("Accept-Language", "en"))
                        .andExpect(status().isOk())
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                                .contentType("application/zip"))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());

        assertThat(entries)
                .containsKeys(
                        "prospect.json", "prospect-contacts.json", "activities.json", "consents.json", "summary.html");
        assertThat(entries.get("prospect.json")).contains(name, email, taxId, "Calle Mayor 3");
        assertThat(entries.get("prospect-contacts.json")).contains(contactName, contactEmail);
        assertThat(entries.get("activities.json")).contains("Llamada a " + contactName);
        assertThat(entries.get("consents.json")).contains("GRANTED", "Acepto recibir noticias " + marker);
        assertThat(entries.get("summary.html")).contains("Personal data of " + name, "Contact people");

        List<String> audit = jdbc.sql("""
                        SELECT COALESCE(summary, '') || COALESCE(words, '') FROM audit_entry
                         WHERE action = 'PROSPECT_PERSONAL_DATA_EXPORTED' AND entity_id = :id""")
                .param("id", Long.toString(prospectId))
                .query(String.class)
                .list();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).doesNotContain(name, email, marker);
    }

    @Test
    void theSummaryEscapesWhatTheProspectTyped() throws Exception {
        jdbc.sql("UPDATE sales_prospect SET name = :name WHERE id = :id")
                .param("name", "<script>alert(1)</script> " + marker)
                .param("id", prospectId)
                .update();
        Map<String, String> entries = PersonalDataExportTests.entries(mvc.perform(
                        get("/api/v1/prospects/{id}/personal-data", prospectId).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(entries.get("summary.html"))
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;")
                .contains("Datos personales de");
    }

    @Test
    void afterTheErasureNoSalesTextHoldsTheProspectTheSearchFindsNothingAndTheKpisStay() throws Exception {
        assertThat(placesHolding(values()))
                .as("the fixture puts the prospect into the places sales keeps them")
                .contains(
                        "sales_prospect.name",
                        "sales_prospect.email",
                        "sales_prospect.tax_id",
                        "sales_prospect_contact.name",
                        "sales_activity.note",
                        "sales_call_back.note",
                        "service_promise.party_name",
                        "audit_entry.summary",
                        "event_publication.serialized_event");
        assertThat(found(name)).isEqualTo(1);
        String before = kpis();
        assertThat(JsonPath.<List<Integer>>read(before, "$.rows[*].minutesByKind.CALL"))
                .as("the prospect's call is counted in the KPIs")
                .isNotEmpty()
                .allMatch(minutes -> minutes >= 4);

        String dryRun = erase(ADMIN, prospectId, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.changes[?(@.table == 'sales_prospect' && @.column == 'name')].rows")
                        .value(1))
                .andExpect(jsonPath("$.changes[?(@.table == 'sales_prospect_contact')].rows")
                        .value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String value : values()) {
            assertThat(dryRun.toLowerCase(Locale.ROOT)).doesNotContain(value.toLowerCase(Locale.ROOT));
        }
        assertThat(found(name)).as("a dry run changes nothing").isEqualTo(1);

        erase(ADMIN, prospectId, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false));

        assertThat(placesHolding(values())).isEmpty();
        for (String value : List.of(name, email, phone, taxId, contactName, marker)) {
            assertThat(found(value)).as("found by %s after", value).isZero();
        }
        assertThat(kpis()).isEqualTo(before);
        mvc.perform(get("/api/v1/prospects/{id}", prospectId).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(ProspectPersonalData.marker(prospectId)));
        mvc.perform(get("/api/v1/prospects/{id}", prospectId).with(ADMIN).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.name").value("Anonymised prospect " + prospectId));
        assertThat(page(get("/sales/prospects/{id}", prospectId).with(ADMIN).header("Accept-Language", "en")))
                .contains("<h1 class=\"h3 m-0\" id=\"prospect-name\">Anonymised prospect " + prospectId + "</h1>")
                .doesNotContain(ProspectPersonalData.marker(prospectId));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_activity WHERE prospect_id = :id")
                        .param("id", prospectId)
                        .query(Long.class)
                        .single())
                .as("the activities stay, only their words go")
                .isEqualTo(2);
    }

    @Test
    void adminsEraseOnceManagersExportSellersNeither() throws Exception {
        mvc.perform(get("/api/v1/prospects/{id}/personal-data", prospectId).with(ANA))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/prospects/{id}/personal-data", 987_654_321L).with(ADMIN))
                .andExpect(status().isNotFound());
        for (RequestPostProcessor who : List.of(ANA, MANAGER)) {
            erase(who, prospectId, true).andExpect(status().isForbidden());
            erase(who, prospectId, false).andExpect(status().isForbidden());
        }
        erase(ADMIN, 987_654_321L, true).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/prospects/{id}/erasure", prospectId)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dryRun"));
        assertThat(found(name)).isEqualTo(1);

        erase(ADMIN, prospectId, false).andExpect(status().isOk());
        erase(ADMIN, prospectId, false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/erasure-state"));
        erase(ADMIN, prospectId, true).andExpect(status().isConflict());

        List<String> entries = jdbc.sql("""
                        SELECT COALESCE(summary, '') || COALESCE(words, '') FROM audit_entry
                         WHERE action = 'PRIVACY_PROSPECT_ANONYMISED' AND entity_id = :id""")
                .param("id", Long.toString(prospectId))
                .query(String.class)
                .list();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).doesNotContain(name, email, phone, taxId);
    }

    @Test
    void aProspectWonIntoACustomerIsErasedAsThatCustomer() throws Exception {
        Long customerId = won();
        assertThat(customerId).isNotNull();

        erase(ADMIN, prospectId, true)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/prospect-is-customer"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(customerId.toString())));
        assertThat(found(name)).isEqualTo(1);
    }

    @Test
    void restoringAnArchiveTakenBeforeAProspectsErasureErasesTheProspectAgain() throws Exception {
        byte[] archive = ErasureTests.archiveNow(mvc, ADMIN);
        try {
            clock.advance(java.time.Duration.ofMinutes(5));
            erase(ADMIN, prospectId, false).andExpect(status().isOk());
            clock.advance(java.time.Duration.ofMinutes(5));
            ErasureTests.restoreReapplying(mvc, ADMIN, archive);
        } finally {
            clock.reset();
        }

        assertThat(placesHolding(values())).isEmpty();
        for (String value : List.of(name, email, phone)) {
            assertThat(found(value)).as("found by %s after the restore", value).isZero();
        }
        mvc.perform(get("/api/v1/prospects/{id}", prospectId).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(ProspectPersonalData.marker(prospectId)));
        erase(ADMIN, prospectId, false).andExpect(status().isConflict());
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theProspectPageOffersTheDownloadToManagersAndTheErasureToAdminsOnly() throws Exception {
        String panel = "/privacy/prospects/panel/{id}";
        assertThat(page(get(panel, prospectId).with(ANA)))
                .contains("prospect-privacy-ask")
                .doesNotContain("prospect-privacy-download", "prospect-privacy-forget");
        assertThat(page(get(panel, prospectId).with(MANAGER)))
                .contains("prospect-privacy-download", "/privacy/prospects/" + prospectId + "/personal-data")
                .doesNotContain("prospect-privacy-forget", "prospect-privacy-ask");
        assertThat(page(get(panel, prospectId).with(ADMIN)))
                .contains("prospect-privacy-download", "prospect-privacy-forget");
        assertThat(page(get("/sales/prospects/{id}", prospectId).with(ADMIN)))
                .as("the prospect page loads the card")
                .contains("panel-privacy-prospect-data", "/privacy/prospects/panel/" + prospectId);

        Map<String, String> entries = PersonalDataExportTests.entries(mvc.perform(
                        get("/privacy/prospects/{id}/personal-data", prospectId).with(MANAGER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(entries.get("prospect.json")).contains(email);
        mvc.perform(get("/privacy/prospects/{id}/personal-data", prospectId).with(ANA))
                .andExpect(status().isForbidden());
        mvc.perform(get("/privacy/prospects/{id}/erasure", prospectId).with(MANAGER))
                .andExpect(status().isForbidden());
        mvc.perform(post("/privacy/prospects/{id}/erasure", prospectId)
                        .with(ANA)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/privacy/prospects/{id}/erasure", prospectId)
                        .with(MANAGER)
                        .with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        assertThat(found(name)).isEqualTo(1);
    }

    @Test
    void anAdminSeesWhatChangesInWordsConfirmsAndSeesTheResult() throws Exception {
        String preview = page(
                get("/privacy/prospects/{id}/erasure", prospectId).with(ADMIN).header("Accept-Language", "es"));
        assertThat(preview)
                .contains(
                        "prospect-erasure-form",
                        "Su ficha: el nombre pasa a ser «" + ProspectPersonalData.marker(prospectId) + "»")
                .contains("Sus personas de contacto se borran (1)")
                .doesNotContain(email, phone, taxId, contactName);
        assertThat(found(name)).as("the dry run changes nothing").isEqualTo(1);

        assertThat(page(post("/privacy/prospects/{id}/erasure", prospectId)
                        .with(ADMIN)
                        .with(csrf())
                        .header("Accept-Language", "en")))
                .as("not confirmed: the same changes again, and the box to tick")
                .contains("prospect-erasure-confirmation-error", "Their contact people are removed (1)");
        assertThat(found(name)).isEqualTo(1);
        mvc.perform(post("/privacy/prospects/{id}/erasure", prospectId)
                        .with(ADMIN)
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        assertThat(found(name)).as("no CSRF token, nothing changes").isEqualTo(1);

        String done = page(post("/privacy/prospects/{id}/erasure", prospectId)
                .with(ADMIN)
                .with(csrf())
                .param("confirmed", "true")
                .header("Accept-Language", "es"));
        assertThat(done)
                .contains("prospect-erasure-done", ProspectPersonalData.marker(prospectId))
                .doesNotContain("prospect-erasure-form", name, email);
        assertThat(found(name)).isZero();
        assertThat(placesHolding(values())).isEmpty();
        assertThat(page(get("/privacy/prospects/panel/{id}", prospectId).with(ADMIN)))
                .contains("prospect-privacy-anonymised")
                .doesNotContain("prospect-privacy-forget");
        assertThat(page(get("/privacy/prospects/{id}/erasure", prospectId).with(ADMIN)))
                .contains("prospect-erasure-already")
                .doesNotContain("prospect-erasure-form");
    }

    @Test
    void aWonProspectsPageSaysWhyAndLeadsToTheCustomersErasure() throws Exception {
        Long customerId = won();
        assertThat(page(get("/privacy/prospects/panel/{id}", prospectId)
                        .with(ADMIN)
                        .header("Accept-Language", "es")))
                .contains(
                        "prospect-privacy-won", "el cliente " + customerId, "/privacy/erasure/customers/" + customerId)
                .doesNotContain("prospect-privacy-forget", "prospect-privacy-download");
        assertThat(page(get("/privacy/prospects/{id}/erasure", prospectId).with(ADMIN)))
                .contains("prospect-erasure-won", "/privacy/erasure/customers/" + customerId)
                .doesNotContain("prospect-erasure-form");
        assertThat(page(post("/privacy/prospects/{id}/erasure", prospectId)
                        .with(ADMIN)
                        .with(csrf())
                        .param("confirmed", "true")))
                .contains("prospect-erasure-won");
        assertThat(found(name)).isEqualTo(1);
    }
}
