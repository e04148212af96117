package org.clientela.service;

import static org.clientela.service.ServiceFixtures.ADMIN;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The case API contract, against the real database (H2 and PostgreSQL twins). */
abstract class CaseApiTests {

    @Autowired
    MockMvc mvc;

    ServiceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    @Test
    void opensAComplaintWithAReferenceTheCustomerCanQuote() throws Exception {
        long customer = fixtures.customer("Rosa Martín");
        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"type":"COMPLAINT","channel":"EMAIL","reason":"BROKEN_PROMISE",
                         "subject":"La entrega no llegó","description":"Prometieron el martes"}""".formatted(customer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.reference").value(matchesPattern("C-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.reason").value("BROKEN_PROMISE"))
                .andExpect(jsonPath("$.owner").value("admin"))
                .andExpect(jsonPath("$.nextUpdateDueAt").isNotEmpty());
    }

    @Test
    void refusesUnknownWordsWith422NamingTheField() throws Exception {
        long customer = fixtures.customer("Luis Pérez");
        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"type":"GRUMBLE","channel":"PIGEON","reason":"MOON_PHASE","subject":"x"}""".formatted(customer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'reason')]").exists());
        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":999999999,"type":"QUESTION","channel":"WEB","subject":"¿Abren el sábado?"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        mvc.perform(post("/api/v1/cases")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":%d,"type":"QUESTION","channel":"WEB","subject":" "}""".formatted(customer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
    }

    @Test
    void aChangeWithAStaleVersionIs409AndLosesNothing() throws Exception {
        long id = fixtures.complaint(fixtures.customer("Ana Gil"));
        mvc.perform(patch("/api/v1/cases/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"priority\":\"HIGH\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.priority").value("HIGH"));
        mvc.perform(patch("/api/v1/cases/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"subject\":\"Otro asunto\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/" + id).with(ADMIN))
                .andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.subject").value("Nadie me llama " + fixtures.marker))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void closingAgainstTheCustomerNeedsAWrittenExplanation() throws Exception {
        long id = fixtures.complaint(fixtures.customer("Pedro Sanz"));
        mvc.perform(patch("/api/v1/cases/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"RESOLVED\",\"resolution\":\"AGAINST_CUSTOMER\","
                                + "\"explanation\":\"No.\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("explanation"));
        String why = "Revisamos el pedido, las fotos de la entrega y la garantía: el daño ocurrió tres meses "
                + "después de la entrega y por un uso que la garantía excluye.";
        mvc.perform(patch("/api/v1/cases/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"RESOLVED\",\"resolution\":\"AGAINST_CUSTOMER\","
                                + "\"explanation\":\"" + why + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolutionExplanation").value(why))
                .andExpect(jsonPath("$.nextUpdateDueAt").doesNotExist());
        mvc.perform(patch("/api/v1/cases/" + id)
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"status\":\"RESOLVED\",\"resolution\":\"IN_FAVOUR\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void readersReadButDoNotWrite() throws Exception {
        long id = fixtures.complaint(fixtures.customer("Eva Ruiz"));
        mvc.perform(get("/api/v1/cases/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(patch("/api/v1/cases/" + id)
                        .with(httpBasic("nobody", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases/987654321").with(ADMIN)).andExpect(status().isNotFound());
    }
}
