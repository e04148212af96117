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

    @BeforeEach
    void anErasedCustomer() throws Exception {
        customer = new CustomerFixtures(beans)
                .personWithEmail("Olvido Traducida " + marker, "olvido." + marker + "@example.es");
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
