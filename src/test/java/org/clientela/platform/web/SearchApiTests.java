package org.clientela.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/v1/search} and the pages of the header search box, against the real database
 * (H2 and PostgreSQL twins): each kind found by its number, a customer by any piece of the phone
 * number, only the kinds a role may see, and what too short and too long a text get.
 */
abstract class SearchApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String marker = "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    // ---- fixtures ---------------------------------------------------------------------------

    long customer(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return id(body);
    }

    long customer() throws Exception {
        return customer("{\"name\":\"Ferretería Búsqueda " + marker + "\",\"kind\":\"COMPANY\"}");
    }

    String caseOf(long customerId) throws Exception {
        return mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"type":"COMPLAINT","channel":"PHONE","reason":"NOT_KEPT_INFORMED",
                                 "subject":"Nadie me llama %s","description":"Llamó tres veces"}""".formatted(customerId, marker)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    long letterOf(long caseId) throws Exception {
        String body = mvc.perform(post("/api/v1/cases/" + caseId + "/letters")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"es\",\"subject\":\"Respuesta " + marker
                                + "\",\"text\":\"Estimado cliente: le pedimos disculpas.\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return id(body);
    }

    long order(long customerId, String number) {
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, channel, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'tienda', 'EUR', 12.50, 0, :now)""")
                .param("number", number)
                .param("customer", customerId)
                .param("date", LocalDate.of(2026, 3, 31))
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM sales_order WHERE order_number = :number")
                .param("number", number)
                .query(Long.class)
                .single();
    }

    ResultActions search(String q, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/search")
                .param("q", q)
                .param("limit", "20")
                .with(who)
                .header("Accept-Language", "es"));
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    static String item(String kind, long id) {
        return "$.groups[?(@.kind == '" + kind + "')].items[?(@.id == " + id + ")]";
    }

    // ---- each kind by its number ------------------------------------------------------------

    @Test
    void findsACaseByItsNumberHoweverItIsWritten() throws Exception {
        String created = caseOf(customer());
        long caseId = id(created);
        String reference = JsonPath.read(created, "$.reference");
        String year = reference.substring(2, 6);
        String digits = reference.substring(7);
        for (String q : new String[] {
            reference,
            reference.toLowerCase(Locale.ROOT),
            "C" + year + digits,
            year + "-" + digits,
            "c " + year + " " + digits,
            digits,
            digits.replaceFirst("^0+", ""),
            reference.substring(0, reference.length() - 1)
        }) {
            if (q.length() < 2) {
                continue; // case 7 of a new database: "7" alone is too short to search
            }
            search(q, ADMIN)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(item("CASE", caseId)).exists())
                    .andExpect(jsonPath(item("CASE", caseId) + ".url").value("/service/cases/" + caseId))
                    .andExpect(jsonPath(item("CASE", caseId) + ".label")
                            .value(org.hamcrest.Matchers.hasItem(containsString(reference))));
        }
        search(reference, ADMIN)
                .andExpect(
                        jsonPath("$.groups[?(@.kind == 'CASE')].title").value(org.hamcrest.Matchers.hasItem("Casos")));
    }

    @Test
    void findsAnOrderByItsNumberOrItsBeginning() throws Exception {
        long customerId = customer();
        String number = "PED-" + marker.toUpperCase(Locale.ROOT) + "-004";
        long orderId = order(customerId, number);
        for (String q : new String[] {
            number, number.toLowerCase(Locale.ROOT), number.substring(0, 12), number.substring(0, number.length() - 1)
        }) {
            search(q, ADMIN)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(item("ORDER", orderId)).exists())
                    .andExpect(jsonPath(item("ORDER", orderId) + ".url").value("/orders/" + orderId));
        }
        search("PED-" + marker.toUpperCase(Locale.ROOT) + "-005", ADMIN)
                .andExpect(jsonPath(item("ORDER", orderId)).doesNotExist());
    }

    @Test
    void findsALetterByItsNumberAndByItsCase() throws Exception {
        String created = caseOf(customer());
        long letterId = letterOf(id(created));
        String reference = JsonPath.read(created, "$.reference");
        // A one-digit number is too short to search alone: "carta 7" finds letter 7.
        String alone = letterId >= 10 ? String.valueOf(letterId) : "nº " + letterId;
        for (String q : new String[] {alone, "carta " + letterId, "Letter " + letterId, reference}) {
            search(q, ADMIN)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(item("LETTER", letterId)).exists())
                    .andExpect(jsonPath(item("LETTER", letterId) + ".url").value("/service/letters/" + letterId));
        }
    }

    @Test
    void aCustomersNameFindsThemAndTheirCasesOrdersAndLetters() throws Exception {
        long customerId = customer();
        String created = caseOf(customerId);
        long letterId = letterOf(id(created));
        long orderId = order(customerId, "N-" + marker);
        search("Ferretería Búsqueda " + marker, ADMIN)
                .andExpect(jsonPath(item("CUSTOMER", customerId)).exists())
                .andExpect(jsonPath(item("CUSTOMER", customerId) + ".url").value("/customers/" + customerId))
                .andExpect(jsonPath(item("CASE", id(created))).exists())
                .andExpect(jsonPath(item("ORDER", orderId)).exists())
                .andExpect(jsonPath(item("LETTER", letterId)).exists())
                .andExpect(jsonPath("$.groups[*].kind")
                        .value(org.hamcrest.Matchers.contains("CUSTOMER", "CASE", "ORDER", "LETTER")));
        // When a kind may have more than it shows, its list page has them all.
        mvc.perform(get("/api/v1/search")
                        .param("q", "Ferretería Búsqueda " + marker)
                        .param("limit", "1")
                        .with(ADMIN))
                .andExpect(jsonPath("$.groups[?(@.kind == 'CUSTOMER')].more")
                        .value(org.hamcrest.Matchers.hasItem("/customers?q=Ferreter%C3%ADa+B%C3%BAsqueda+" + marker)));
    }

    // ---- a customer by any piece of the phone -----------------------------------------------

    @Test
    void findsACustomerByAnyPieceOfThePhoneWithOrWithoutTheCountryCode() throws Exception {
        String last = String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        long withCode = customer(
                "{\"name\":\"Con prefijo " + marker + "\",\"kind\":\"PERSON\",\"phone\":\"+34 619 547 " + last + "\"}");
        long without = customer(
                "{\"name\":\"Sin prefijo " + marker + "\",\"kind\":\"PERSON\",\"phone\":\"(619) 54-7" + last + "\"}");
        long zeros = customer(
                "{\"name\":\"Con ceros " + marker + "\",\"kind\":\"PERSON\",\"phone\":\"0034-619-547-" + last + "\"}");
        for (String q : new String[] {
            "+34 619 547", "+34619", "0034 619", "619-547", "(619) 547", "+34 619 547 " + last, "547 " + last
        }) {
            for (long id : new long[] {withCode, without, zeros}) {
                mvc.perform(get("/api/v1/search")
                                .param("q", q + " ")
                                .param("limit", "20")
                                .with(ADMIN))
                        .andExpect(status().isOk());
                mvc.perform(get("/api/v1/customers")
                                .param("q", q)
                                .param("size", "200")
                                .with(ADMIN))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").exists());
            }
        }
        search("+34 619 547 " + last, ADMIN)
                .andExpect(jsonPath(item("CUSTOMER", withCode)).exists())
                .andExpect(jsonPath(item("CUSTOMER", without)).exists())
                .andExpect(jsonPath(item("CUSTOMER", zeros)).exists());
    }

    // ---- who sees what, and bad text --------------------------------------------------------

    @Test
    void searchesOnlyTheKindsTheCallersRolesMaySee() throws Exception {
        String created = caseOf(customer());
        String reference = JsonPath.read(created, "$.reference");
        for (String role : new String[] {"VIEWER", "SALES", "SERVICE", "MANAGER"}) {
            search(reference, user("search-" + role.toLowerCase(Locale.ROOT)).roles(role))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(item("CASE", id(created))).exists());
        }
        // Signed in without any role: nothing is searched.
        search(reference, user("search-nobody").authorities(java.util.List.of()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups", hasSize(0)));
        mvc.perform(get("/api/v1/search").param("q", reference)).andExpect(status().isUnauthorized());
    }

    @Test
    void aShortTextFindsNothingAndATooLongOneIsRefusedNamingQ() throws Exception {
        for (String q : new String[] {"", " ", "a", " 1 "}) {
            search(q, ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.groups", hasSize(0)));
        }
        mvc.perform(get("/api/v1/search").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups", hasSize(0)));
        mvc.perform(get("/api/v1/search")
                        .param("q", "x".repeat(101))
                        .with(ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value("Type at most 100 characters."));
        search("%'--" + marker, ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.groups", hasSize(0)));
    }

    // ---- the pages behind the header box -----------------------------------------------------

    @Test
    void theSuggestionsAndTheResultsPageShowTheSameFinds() throws Exception {
        String created = caseOf(customer());
        String reference = JsonPath.read(created, "$.reference");
        RequestPostProcessor viewer = user("search-viewer").roles("VIEWER");
        mvc.perform(get("/search/suggest").param("q", reference).with(viewer).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"option\"")))
                .andExpect(content().string(containsString("href=\"/service/cases/" + id(created) + "\"")))
                .andExpect(content().string(containsString(">Cases<")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/search").param("q", reference).with(viewer).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/service/cases/" + id(created) + "\"")))
                .andExpect(content().string(containsString(">Casos<")));
        mvc.perform(get("/search").param("q", "zz" + marker).with(viewer).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing matches")));
        mvc.perform(get("/search").param("q", "x".repeat(101)).with(viewer).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Escribe como mucho 100 caracteres.")));
    }
}
