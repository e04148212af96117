package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * D4: text the database cannot take (longer than its column, or with a NUL) is refused at the
 * door with a 4xx naming the field, in the API and next to the field on the page, and nothing is
 * written; before, the database refused it and the request ended in a 500 (H2 and PostgreSQL
 * twins: PostgreSQL refuses a NUL, H2 stored it).
 */
abstract class InputBoundsTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final String marker = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    long customers() {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE name LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aPromiseOwnerLongerThanItsColumnIsA400NamingOwner() throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Promesa " + marker + "\",\"kind\":\"PERSON\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long customer = ((Number) JsonPath.read(body, "$.id")).longValue();
        String due = Instant.now().plus(3, ChronoUnit.DAYS).toString();
        mvc.perform(post("/api/v1/promises")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"customerId":%d,"kind":"CALL_BACK","dueAt":"%s","owner":"%s"}""".formatted(customer, due, "o".repeat(65))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("owner"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("64")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_promise WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNulInACustomerNameIsA400NamingNameInTheApi() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"name\":\"Nul\\u0000 " + marker + "\",\"kind\":\"PERSON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("control character")));
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Etiqueta " + marker + "\",\"kind\":\"PERSON\",\"tags\":[\"a\\u0001\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags[0]"));
        assertThat(customers()).isZero();
    }

    @Test
    void aNulInACustomerNameIsShownNextToTheFieldOnThePage() throws Exception {
        mvc.perform(post("/customers")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .header("Accept-Language", "es")
                        .param("kind", "PERSON")
                        .param("name", "Nul\u0000 " + marker))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<div class=\"invalid-feedback\">Contiene un carácter de control (como NUL) que no se puede guardar.</div>")));
        assertThat(customers()).isZero();
    }

    long customer(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + " " + marker + "\",\"kind\":\"PERSON\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aCaseOwnerOrNoteLongerThanItsColumnIsRefusedNamingTheField() throws Exception {
        long customer = customer("Caso");
        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"type":"QUESTION","channel":"WEB","subject":"Hola","owner":"%s"}""".formatted(customer, "o".repeat(65))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("64")));
        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerId":%d,"type":"QUESTION","channel":"WEB","subject":"Hola","description":"%s"}""".formatted(customer, "d".repeat(4001))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_case WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTagLongerThanItsColumnIsShownNextToTheFieldAndARoutingRuleTooLongIsNotSaved() throws Exception {
        mvc.perform(post("/customers")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .param("kind", "PERSON")
                        .param("name", "Etiqueta " + marker)
                        .param("tags", "t".repeat(51)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is too long (at most 50 characters)")));
        assertThat(customers()).isZero();

        long customer = customer("Reparto");
        mvc.perform(post("/service/customers/" + customer + "/routing")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("usernames", "u".repeat(65)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "service.routing.invalid"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM service_routing_rule WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNulInASearchParameterIsA400NamingTheParameter() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/customers")
                        .param("q", "a\u0000b")
                        .with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }
}
