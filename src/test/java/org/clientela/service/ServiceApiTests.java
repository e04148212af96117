package org.clientela.service;

import static org.clientela.service.ServiceFixtures.ADMIN;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isOneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The JSON API of response times, investigations (and root causes) and keep or let go,
 * against the real database (H2 and PostgreSQL twins): roles, problem details naming the field,
 * optimistic locking.
 */
abstract class ServiceApiTests {

    static final RequestPostProcessor SERVICE = user("ana").roles("SERVICE");
    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    ServiceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).header("Accept-Language", "en");
    }

    @Test
    void anInvestigationIsRecordedCorrectedAgainstItsVersionAndCounted() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Irene Sosa"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/investigation").with(VIEWER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));

        mvc.perform(json(put("/api/v1/cases/" + caseId + "/investigation").with(SERVICE), """
                        {"errorAdmitted":true,"rootCause":"MOON","received":" "}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("rootCause")));
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/investigation").with(SERVICE), """
                        {"errorAdmitted":true,"received":" "}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("received", "fix", "rootCause", "admissionNote")));
        mvc.perform(json(put("/api/v1/cases/" + caseId + "/investigation").with(VIEWER), "{}"))
                .andExpect(status().isForbidden());

        String record = """
                {%s"promised":"Entrega el martes","expected":"El sofá el martes","received":"Nada hasta el viernes",
                 "errorAdmitted":true,"admissionNote":"Por teléfono, el lunes","rootCause":"PROMISED_TOO_MUCH",
                 "fix":"%s"}""";
        mvc.perform(json(
                        put("/api/v1/cases/" + caseId + "/investigation").with(SERVICE),
                        record.formatted("", "Prometer solo lo que el almacén confirma")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.rootCause").value("PROMISED_TOO_MUCH"))
                .andExpect(jsonPath("$.recordedBy").value("ana"));
        mvc.perform(json(
                        put("/api/v1/cases/" + caseId + "/investigation").with(MANAGER),
                        record.formatted("\"version\":0,", "Confirmar la fecha con el almacén antes de prometerla")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updatedBy").value("marta"));
        // Someone who read version 0 saves after Marta: told, not overwritten.
        mvc.perform(json(
                        put("/api/v1/cases/" + caseId + "/investigation").with(SERVICE),
                        record.formatted("\"version\":0,", "Otra cosa")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        // …and so is someone who thinks there is none yet.
        mvc.perform(json(
                        put("/api/v1/cases/" + caseId + "/investigation").with(SERVICE),
                        record.formatted("", "Otra cosa")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/" + caseId + "/investigation").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.fix").value("Confirmar la fecha con el almacén antes de prometerla"));

        mvc.perform(get("/api/v1/service/root-causes")
                        .param("months", "12")
                        .param("cause", "PROMISED_TOO_MUCH")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months").value(12))
                .andExpect(jsonPath("$.causes[?(@.cause == 'PROMISED_TOO_MUCH')].cases")
                        .isNotEmpty())
                .andExpect(jsonPath("$.fixes[?(@.caseId == " + caseId + ")].fix")
                        .value(hasItem("Confirmar la fecha con el almacén antes de prometerla")));
        mvc.perform(get("/api/v1/cases/999999999/investigation").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/cases/999999999/investigation").with(SERVICE), record.formatted("", "x")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRootCauseReportRefusesAWindowItCannotCount() throws Exception {
        mvc.perform(get("/api/v1/service/root-causes")
                        .param("months", "0")
                        .param("cause", "LUCK")
                        .with(VIEWER)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("months", "cause")))
                .andExpect(jsonPath("$.errors[?(@.field == 'months')].message").value(hasItem("Between 1 and 120")));
        mvc.perform(get("/api/v1/service/root-causes").param("months", "many").with(VIEWER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("months"));
        mvc.perform(get("/api/v1/service/root-causes")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyManagersDecideKeepOrLetGoAndTheDecisionJoinsTheHistory() throws Exception {
        long customer = fixtures.customer("Tomás Rey");
        fixtures.complaint(customer);
        mvc.perform(get("/api/v1/customers/" + customer + "/keep-or-let-go").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.cases").value(1))
                .andExpect(jsonPath("$.figures.revenue").isNumber())
                .andExpect(jsonPath("$.history").isEmpty());

        String decision = """
                {"worthKeeping":true,"worthNote":"Compra cada mes","lossHurts":true,"cheapFix":true,
                 "cheapNote":"Una llamada","dignityHurt":false,"decision":"%s","reasoning":"%s"}""";
        mvc.perform(json(
                        post("/api/v1/customers/" + customer + "/keep-or-let-go/decisions")
                                .with(SERVICE),
                        decision.formatted("KEEP", "Vale la pena")))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        post("/api/v1/customers/" + customer + "/keep-or-let-go/decisions")
                                .with(MANAGER),
                        decision.formatted("MAYBE", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("decision")));
        mvc.perform(json(
                        post("/api/v1/customers/" + customer + "/keep-or-let-go/decisions")
                                .with(MANAGER),
                        "{\"decision\":\"KEEP\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "worthKeeping", "lossHurts", "cheapFix", "dignityHurt", "reasoning")));
        mvc.perform(json(
                        post("/api/v1/customers/" + customer + "/keep-or-let-go/decisions")
                                .with(MANAGER),
                        decision.formatted("TALK_FIRST", "Hablar antes con Luis")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answers.decision").value("TALK_FIRST"))
                .andExpect(jsonPath("$.decidedBy").value("marta"))
                .andExpect(jsonPath("$.figures.cases").value(1));
        mvc.perform(get("/api/v1/customers/" + customer + "/keep-or-let-go").with(VIEWER))
                .andExpect(jsonPath("$.history[0].answers.decision").value("TALK_FIRST"))
                .andExpect(jsonPath("$.history[0].answers.reasoning").value("Hablar antes con Luis"));
        mvc.perform(json(
                        post("/api/v1/customers/999999999/keep-or-let-go/decisions")
                                .with(ADMIN),
                        decision.formatted("KEEP", "x")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/customers/999999999/keep-or-let-go").with(VIEWER))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCaseSaysWhenItMustBeAnsweredAndTheFiguresCountPerPersonAndType() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Nuria Paz"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/response-times").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("COMPLAINT"))
                .andExpect(jsonPath("$.priority").value("NORMAL"))
                .andExpect(jsonPath("$.firstResponse.targetHours").value(4))
                .andExpect(jsonPath("$.firstResponse.due").isNotEmpty())
                .andExpect(jsonPath("$.firstResponse.state").value(isOneOf("RUNNING", "NEAR", "BREACHED")))
                .andExpect(jsonPath("$.resolution.targetHours").value(27));
        mvc.perform(get("/api/v1/cases/999999999/response-times").with(VIEWER)).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/service/response-times").param("months", "1").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months").value(1))
                .andExpect(jsonPath("$.perType[*].key").value(hasItem("COMPLAINT")))
                .andExpect(jsonPath("$.perPerson[*].key").value(hasItem("admin")));
        mvc.perform(get("/api/v1/service/response-times").param("months", "121").with(VIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("months"));
    }
}
