package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.clientela.customers.CustomerFixtures;
import org.clientela.privacy.internal.requests.RequestChannel;
import org.clientela.privacy.internal.requests.RequestKind;
import org.clientela.privacy.internal.requests.RightsRequests;
import org.clientela.satisfaction.SatisfactionArchive;
import org.clientela.service.ServiceCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export of everything held about a person, on H2 and PostgreSQL: a customer with orders and
 * their lines, a case, a letter, a survey and a rights request gets each in its own JSON file,
 * all theirs and nothing of another customer who has the same kinds of records; the summary is in
 * the caller's language with the name escaped; only admins and managers may export; the audit
 * log records the export without the person's name.
 */
abstract class PersonalDataExportTests {

    static final RequestPostProcessor MANAGER = user("export-manager").roles("MANAGER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final String otherMarker = UUID.randomUUID().toString().substring(0, 8);
    long customer;
    long other;

    @BeforeEach
    void twoCustomersWithTheSameKindsOfRecords() throws Exception {
        CustomerFixtures customers = new CustomerFixtures(context);
        customer = customers.personWithEmail(
                "Ana <script>alert('" + marker + "')</script> Núñez", "ana." + marker + "@example.es");
        other = customers.personWithEmail("Otro " + otherMarker, "otro." + otherMarker + "@example.es");
        for (long id : new long[] {customer, other}) {
            String tag = id == customer ? marker : otherMarker;
            order(id, tag);
            long caseId = context.getBean(ServiceCases.class)
                    .openComplaint(id, null, "Queja " + tag, "Llegó roto " + tag)
                    .value();
            mvc.perform(post("/api/v1/cases/{id}/letters", caseId)
                            .with(ADMIN)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"language":"es","subject":"Respuesta %s","text":"Hola, te escribimos por %s."}""".formatted(tag, tag)))
                    .andExpect(status().isCreated());
            context.getBean(SatisfactionArchive.class)
                    .bringInSurveys(List.of(new SatisfactionArchive.PastSurvey(
                            id, "NPS", "PHONE", null, Instant.parse("2026-01-10T10:00:00Z"), 9, "Bien " + tag)));
            context.getBean(RightsRequests.class)
                    .register(new RightsRequests.NewRequest(
                            RequestKind.ACCESS,
                            id,
                            null,
                            null,
                            RequestChannel.EMAIL,
                            LocalDate.now().minusDays(1),
                            "admin",
                            "Quiere sus datos " + tag));
        }
    }

    private void order(long customerId, String tag) {
        String number = "PD-" + tag + "-" + customerId;
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                                 created_at)
                        VALUES (:number, :customer, DATE '2026-03-01', 'EUR', 120.50, 2, :at)""")
                .param("number", number)
                .param("customer", customerId)
                .param("at", Timestamp.from(Instant.parse("2026-03-01T10:15:30Z")))
                .update();
        long id = jdbc.sql("SELECT id FROM sales_order WHERE order_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO order_line (order_id, line_number, description, quantity, amount)
                        VALUES (:id, 1, :first, 1, 100.00), (:id, 2, NULL, 3, 20.50)""").param("id", id).param("first", "Silla " + tag).update();
    }

    Map<String, String> export(long id, String language) throws Exception {
        var response = mvc.perform(get("/api/v1/customers/{id}/personal-data", id)
                        .with(MANAGER)
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).contains("personal-data-" + id + ".zip");
        return entries(response.getContentAsByteArray());
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    List<Map<String, Object>> records(Map<String, String> entries, String file) {
        assertThat(entries).containsKey(file);
        return json.readValue(entries.get(file), List.class);
    }

    @Test
    void everyFileParsesAndHoldsThisCustomersRecordsAndNoOneElses() throws Exception {
        Map<String, String> entries = export(customer, "es");
        assertThat(entries.keySet())
                .contains(
                        "customer.json",
                        "contacts.json",
                        "orders.json",
                        "order-lines.json",
                        "cases.json",
                        "letters.json",
                        "surveys.json",
                        "rights-requests.json",
                        "summary.html");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey()).doesNotContain(otherMarker);
            if (entry.getKey().endsWith(".json")) {
                for (Map<String, Object> record : records(entries, entry.getKey())) {
                    if (record.containsKey("customer_id")) {
                        assertThat(((Number) record.get("customer_id")).longValue())
                                .as(entry.getKey())
                                .isEqualTo(customer);
                    }
                }
            }
        }
        assertThat(records(entries, "customer.json")).singleElement().satisfies(c -> {
            assertThat(((Number) c.get("id")).longValue()).isEqualTo(customer);
            assertThat((String) c.get("email")).isEqualTo("ana." + marker + "@example.es");
        });
        assertThat(records(entries, "orders.json")).singleElement().satisfies(o -> {
            assertThat(o.get("order_number")).isEqualTo("PD-" + marker + "-" + customer);
            assertThat(((Number) o.get("total_amount")).doubleValue()).isEqualTo(120.5);
        });
        // Amounts are written as the database holds them, to the cent.
        assertThat(entries.get("orders.json")).contains("\"total_amount\":120.50");
        List<Map<String, Object>> lines = records(entries, "order-lines.json");
        assertThat(lines).extracting(l -> l.get("description")).containsExactly("Silla " + marker, null);
        assertThat(records(entries, "cases.json"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("subject")).isEqualTo("Queja " + marker));
        assertThat(records(entries, "letters.json"))
                .singleElement()
                .satisfies(l -> assertThat(l.get("subject")).isEqualTo("Respuesta " + marker));
        assertThat(records(entries, "surveys.json"))
                .singleElement()
                .satisfies(s -> assertThat(s.get("comment")).isEqualTo("Bien " + marker));
        assertThat(records(entries, "rights-requests.json"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("details")).isEqualTo("Quiere sus datos " + marker));
    }

    @Test
    void theSummaryIsInTheCallersLanguageWithTheNameEscaped() throws Exception {
        String spanish = export(customer, "es").get("summary.html");
        assertThat(spanish)
                .contains("Datos personales de Ana &lt;script&gt;")
                .contains("Pedidos")
                .doesNotContain("<script>");
        String english = export(customer, "en").get("summary.html");
        assertThat(english)
                .contains("Personal data of Ana &lt;script&gt;")
                .contains("Order lines")
                .doesNotContain("<script>");
    }

    @Test
    void theExportIsAuditedWithoutThePersonsName() throws Exception {
        export(customer, "es");
        Map<String, Object> entry =
                jdbc.sql("""
                        SELECT actor, summary, words FROM audit_entry
                         WHERE action = 'PERSONAL_DATA_EXPORTED' AND entity_id = :id ORDER BY id DESC LIMIT 1""").param("id", Long.toString(customer)).query().singleRow();
        assertThat(entry.get("actor")).isEqualTo("export-manager");
        assertThat(entry.get("summary") + " " + entry.get("words"))
                .contains(Long.toString(customer))
                .doesNotContain(marker)
                .doesNotContain("Ana");
    }

    @Test
    void onlyAdminsAndManagersExport() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}/personal-data", customer).with(ADMIN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/{id}/personal-data", customer)
                        .with(user("s").roles("SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/{id}/personal-data", customer)
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/{id}/personal-data", customer)
                        .with(user("sv").roles("SERVICE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/{id}/personal-data", customer)).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        String body = mvc.perform(get("/api/v1/customers/{id}/personal-data", Long.MAX_VALUE - 7)
                        .with(MANAGER)
                        .accept(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/zip")))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("PK");
    }

    @Test
    @WithMockUser(username = "page-manager", roles = "MANAGER")
    void thePagesDownloadTheSameArchiveAndTheCustomerPageOffersIt() throws Exception {
        byte[] zip = mvc.perform(get("/privacy/customers/{id}/personal-data", customer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(entries(zip).get("customer.json")).contains(marker);
        String panel = mvc.perform(get("/privacy/panels/personal-data/{id}", customer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(panel).contains("/privacy/customers/" + customer + "/personal-data");
        String forSales = mvc.perform(get("/privacy/panels/personal-data/{id}", customer)
                        .with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(forSales).doesNotContain("personal-data-download");
        mvc.perform(get("/privacy/customers/{id}/personal-data", customer)
                        .with(user("s").roles("SALES")))
                .andExpect(status().isForbidden());
    }

    static long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
