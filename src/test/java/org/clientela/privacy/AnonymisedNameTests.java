package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.PersonalDataAnonymiser.ErasedPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An anonymised customer's name reads in the reader's language — «Cliente anonimizado 17» in
 * Spanish, "Anonymised customer 17" in English — on the customer's page, in the list, in the
 * header search and in the API ({@code Accept-Language}); the column itself holds only the marker,
 * which the search still finds (H2 and PostgreSQL twins).
 */
abstract class AnonymisedNameTests {

    static final RequestPostProcessor ADMIN = user("anonymised-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeanFactory beans;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    long customer;

    @Autowired
    javax.sql.DataSource dataSource;

    long order;
    long kase;
    long idea;

    @BeforeEach
    void anErasedCustomer() throws Exception {
        customer = new CustomerFixtures(beans)
                .personWithEmail("Olvido Traducida " + marker, "olvido." + marker + "@example.es");
        // An order and a case of theirs, so other modules' pages and API quote them.
        RowWriter rows = new RowWriter(dataSource);
        order = rows.insert(
                "sales_order",
                java.util.Map.of(
                        "order_number",
                        "ANON-" + marker,
                        "customer_id",
                        customer,
                        "order_date",
                        java.time.LocalDate.now(),
                        "currency",
                        "EUR",
                        "total_amount",
                        java.math.BigDecimal.TEN,
                        "line_count",
                        0));
        kase = rows.insert(
                "service_case",
                java.util.Map.of(
                        "customer_id", customer,
                        "reference", "ANON-" + marker,
                        "case_type", "COMPLAINT",
                        "channel", "PHONE",
                        "priority", "NORMAL",
                        "status", "OPEN",
                        "owner_username", "anonymised-admin",
                        "subject", "Queja de Olvido Traducida " + marker,
                        "next_update_due_at", java.sql.Timestamp.from(java.time.Instant.now())));
        idea = rows.insert(
                "satisfaction_idea",
                java.util.Map.of(
                        "customer_id", customer,
                        "body", "Abrir los sábados",
                        "area", "SERVICE",
                        "channel", "PHONE",
                        "owner", "anonymised-admin",
                        "status", "RECEIVED",
                        "created_by", "anonymised-admin",
                        "created_at", java.sql.Timestamp.from(java.time.Instant.now())));
        mvc.perform(post("/api/v1/customers/{id}/erasure", customer)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dryRun\":false}"))
                .andExpect(status().isOk());
    }

    @Test
    void theApiAnswersTheNameInTheLanguageAsked() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}", customer).with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Anonymised customer " + customer))
                .andExpect(jsonPath("$.anonymised").value(true));
        mvc.perform(get("/api/v1/customers/{id}", customer).with(ADMIN).header("Accept-Language", "es-ES"))
                .andExpect(jsonPath("$.name").value("Cliente anonimizado " + customer));
        mvc.perform(get("/api/v1/customers")
                        .param("q", "anonimizado " + customer)
                        .with(ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == %d)].name", customer).value("Anonymised customer " + customer))
                .andExpect(
                        jsonPath("$.items[?(@.id == %d)].anonymised", customer).value(true));
        assertThat(jdbc.sql("SELECT name FROM customer WHERE id = :id")
                        .param("id", customer)
                        .query(String.class)
                        .single())
                .as("the column holds the marker only, in one language, as before")
                .isEqualTo(ErasedPerson.marker(customer));
    }

    @Test
    void thePagesShowTheNameInTheReadersLanguage() throws Exception {
        assertThat(page("/customers/" + customer, "en"))
                .contains("Anonymised customer " + customer)
                .doesNotContain("Cliente anonimizado " + customer, "Olvido Traducida");
        assertThat(page("/customers/" + customer, "es")).contains("Cliente anonimizado " + customer);
        assertThat(page("/customers?q=anonimizado+" + customer, "en"))
                .contains("Anonymised customer " + customer)
                .doesNotContain("Cliente anonimizado " + customer);
        assertThat(page("/search?q=anonimizado+" + customer, "en")).contains("Anonymised customer " + customer);
    }

    @Test
    void otherModulesQuoteThemInTheReadersLanguageToo() throws Exception {
        String anonymised = "Anonymised customer " + customer;
        String spanish = ErasedPerson.marker(customer);
        mvc.perform(get("/api/v1/orders/{id}", order).with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerName").value(anonymised));
        mvc.perform(get("/api/v1/orders")
                        .param("customerId", Long.toString(customer))
                        .with(ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].customerName").value(anonymised));
        mvc.perform(get("/api/v1/orders/{id}", order).with(ADMIN).header("Accept-Language", "es"))
                .andExpect(jsonPath("$.customerName").value(spanish));
        mvc.perform(get("/api/v1/cases/{id}", kase).with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject").value(anonymised));
        mvc.perform(get("/api/v1/ideas/{id}", idea).with(ADMIN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerName").value(anonymised));
        mvc.perform(get("/api/v1/ideas")
                        .param("customerId", Long.toString(customer))
                        .with(ADMIN)
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].customerName").value(anonymised));
        assertThat(page("/orders?customerId=" + customer, "en"))
                .contains(anonymised)
                .doesNotContain(spanish);
        assertThat(page("/orders/" + order, "en")).contains(anonymised).doesNotContain(spanish);
        assertThat(page("/service/cases?customerId=" + customer, "en"))
                .contains(anonymised)
                .doesNotContain(spanish);
        // The case's edit form keeps the stored subject, so saving it writes no other language.
        assertThat(page("/service/cases/" + kase, "en"))
                .contains("<span id=\"case-subject\">" + anonymised + "</span>")
                .contains("<title>ANON-" + marker + " " + anonymised + "</title>");
        assertThat(page("/service/cases/" + kase, "es")).contains("<span id=\"case-subject\">" + spanish + "</span>");
    }

    @Test
    void aCustomerWhoWasNotErasedKeepsTheirName() throws Exception {
        long kept = new CustomerFixtures(beans).person("Cliente anonimizado " + marker);
        mvc.perform(get("/api/v1/customers/{id}", kept).with(ADMIN).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.name").value("Cliente anonimizado " + marker))
                .andExpect(jsonPath("$.anonymised").value(false));
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).with(ADMIN).header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
