package org.clientela.service;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "We dropped the ball": the investigation form on a case and the recurring root causes (H2 and PostgreSQL). */
abstract class InvestigationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    private static RequestPostProcessor es() {
        return request -> {
            request.addHeader("Accept-Language", "es");
            request.setPreferredLocales(List.of(Locale.forLanguageTag("es")));
            return request;
        };
    }

    private MockHttpServletRequestBuilder investigate(
            long caseId, String who, String version, String cause, String fix) {
        return post("/service/cases/" + caseId + "/investigation")
                .with(es())
                .with(user(who).roles("SERVICE"))
                .with(csrf())
                .param("version", version)
                .param("promised", "Entrega el martes")
                .param("expected", "Recibirlo el martes")
                .param("received", "Llegó el viernes, roto " + fixtures.marker)
                .param("errorAdmitted", "true")
                .param("admissionNote", "Por teléfono, el lunes")
                .param("rootCause", cause)
                .param("fix", fix);
    }

    @Test
    void anInvestigationIsRecordedShownOnTheCaseAndCountedInTheRootCauses() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Marta Gil"));
        mvc.perform(get("/service/cases/" + caseId)
                        .with(es())
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("/service/cases/" + caseId + "/investigation/card")));

        mvc.perform(investigate(
                        caseId,
                        "ana",
                        "",
                        "PROMISED_TOO_MUCH",
                        "Prometer plazos del transportista + 2 días " + fixtures.marker))
                .andExpect(redirectedUrl("/service/cases/" + caseId + "#investigation"));

        mvc.perform(get("/service/cases/" + caseId + "/investigation/card")
                        .with(es())
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"investigation-done\"")))
                .andExpect(content().string(containsString("Prometimos de más")))
                .andExpect(content().string(containsString("Sí: Por teléfono, el lunes")))
                .andExpect(content().string(not(containsString("id=\"investigation-form\""))));
        long count = jdbc.sql("SELECT COUNT(*) FROM service_investigation WHERE root_cause = 'PROMISED_TOO_MUCH'")
                .query(Long.class)
                .single();
        mvc.perform(get("/service/root-causes").with(es()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Prometer plazos del transportista + 2 días " + fixtures.marker)))
                .andExpect(content().string(containsString(">" + count + "<")));
        mvc.perform(get("/service/root-causes")
                        .param("cause", "SUPPLIER")
                        .with(es())
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(fixtures.marker))));
        mvc.perform(get("/service/promises").with(es()).with(user("viewer").roles("VIEWER")))
                .andExpect(content().string(containsString("href=\"/service/root-causes\"")));
        long audited = jdbc.sql(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'CASE_INVESTIGATED' AND entity_id = :id")
                .param("id", String.valueOf(caseId))
                .query(Long.class)
                .single();
        org.assertj.core.api.Assertions.assertThat(audited).isEqualTo(1);
    }

    @Test
    void badInputIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Luis Sanz"));
        mvc.perform(post("/service/cases/" + caseId + "/investigation")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("errorAdmitted", "true")
                        .param("rootCause", "OTHER")
                        .param("fix", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Di cómo y cuándo se le reconoció el error")))
                .andExpect(content().string(containsString("Con «Otra», explica la causa")))
                .andExpect(content().string(containsString("Como mucho 2.000 caracteres")))
                .andExpect(content().string(containsString("Hace falta este dato")))
                // The errors are by the fields, so the form they are in is open.
                .andExpect(content().string(containsString("<details id=\"investigation-fold\" open=\"open\">")));
        mvc.perform(post("/service/cases/" + caseId + "/investigation")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("received", "algo")
                        .param("errorAdmitted", "false")
                        .param("rootCause", "BAD_LUCK")
                        .param("fix", "algo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("«BAD_LUCK» no es un valor válido")));
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("SELECT COUNT(*) FROM service_investigation WHERE case_id = :id")
                                .param("id", caseId)
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @Test
    void theNineFieldsAreFoldedOnTheCaseUntilAskedFor() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Pilar Ortega"));
        mvc.perform(get("/service/cases/" + caseId + "/investigation/card")
                        .with(es())
                        .with(user("ana").roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<details id=\"investigation-fold\">")))
                .andExpect(content().string(containsString("Registrar que hemos fallado…")))
                .andExpect(content().string(containsString("id=\"investigation-form\"")));
        mvc.perform(investigate(caseId, "ana", "", "PROCESS", "Confirmar la ruta antes de dar fecha"))
                .andExpect(redirectedUrl("/service/cases/" + caseId + "#investigation"));
        mvc.perform(get("/service/cases/" + caseId + "/investigation/card")
                        .with(es())
                        .with(user("ana").roles("SERVICE")))
                .andExpect(content().string(containsString("<details id=\"investigation-fold\">")))
                .andExpect(content().string(containsString("Cambiar lo registrado…")));
    }

    @Test
    void onlyServicePeopleWriteAndEverybodyReads() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Rosa Vidal"));
        mvc.perform(post("/service/cases/" + caseId + "/investigation")
                        .with(es())
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("received", "x")
                        .param("errorAdmitted", "false")
                        .param("rootCause", "PROCESS")
                        .param("fix", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/service/cases/" + caseId + "/investigation")
                        .with(es())
                        .with(user("sam").roles("SALES"))
                        .with(csrf())
                        .param("received", "x")
                        .param("errorAdmitted", "false")
                        .param("rootCause", "PROCESS")
                        .param("fix", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/service/cases/" + caseId + "/investigation")
                        .with(es())
                        .with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"investigation-form\""))));
        mvc.perform(get("/service/cases/999999999/investigation/card")
                        .with(es())
                        .with(user("vera").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionIsRefusedKeepingWhatWasTypedAndShowingTheOtherSave() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Pilar Ruiz"));
        mvc.perform(investigate(caseId, "luis", "", "SUPPLIER", "Cambiar de transportista"))
                .andExpect(redirectedUrl("/service/cases/" + caseId + "#investigation"));
        // Ana opened the empty form before Luis saved: her save must not overwrite his.
        mvc.perform(investigate(caseId, "ana", "", "TRAINING", "Formar a Ana en devoluciones"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("Cambiar de transportista")))
                .andExpect(content().string(containsString("Formar a Ana en devoluciones")));
        mvc.perform(investigate(caseId, "ana", "0", "TRAINING", "Formar a Ana en devoluciones"))
                .andExpect(redirectedUrl("/service/cases/" + caseId + "#investigation"));
        mvc.perform(investigate(caseId, "luis", "0", "SUPPLIER", "Cambiar de transportista"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict\"")))
                .andExpect(content().string(containsString("value=\"1\"")));
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("SELECT root_cause FROM service_investigation WHERE case_id = :id")
                                .param("id", caseId)
                                .query(String.class)
                                .single())
                .isEqualTo("TRAINING");
    }
}
