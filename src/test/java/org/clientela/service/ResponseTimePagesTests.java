package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case page's response-time card (H2 and PostgreSQL). */
abstract class ResponseTimePagesTests {

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

    @Test
    void aCaseOpenedLongAgoIsOverdueUntilTheCustomerIsToldAndThenLate() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Nuria Cano"));
        mvc.perform(get("/service/cases/" + caseId).with(es()).with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("/service/cases/" + caseId + "/response-times/card")));
        jdbc.sql("UPDATE service_case SET opened_at = :then WHERE id = :id")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(30))))
                .param("id", caseId)
                .update();
        mvc.perform(get("/service/cases/" + caseId + "/response-times/card")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Respuesta atrasada")))
                .andExpect(content().string(containsString("objetivo 4 h laborables")))
                .andExpect(content().string(containsString("Resolución atrasada")));
        mvc.perform(post("/service/cases/" + caseId + "/notes")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("kind", "TOLD_CUSTOMER")
                        .param("body", "Le llamé"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/service/cases/" + caseId + "/response-times/card")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("Primera respuesta el")))
                .andExpect(content().string(containsString(", tarde")))
                .andExpect(content().string(containsString("Resolución atrasada")));
    }

    @Test
    void aNewUrgentCaseRunsOnItsTargetAndStrangersAreSentAway() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Olga Ruiz"));
        jdbc.sql("UPDATE service_case SET priority = 'URGENT' WHERE id = :id")
                .param("id", caseId)
                .update();
        mvc.perform(get("/service/cases/" + caseId + "/response-times/card")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 h laborables")))
                .andExpect(content().string(containsString("8 h laborables")));
        mvc.perform(get("/service/cases/" + caseId + "/response-times/card").with(es()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void myDayListsMyCasesPastTheirTargetAndNotOthersCases() throws Exception {
        long caseId = fixtures.complaint(fixtures.customer("Paco Leal"));
        jdbc.sql("UPDATE service_case SET opened_at = :then, owner_username = :me WHERE id = :id")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(30))))
                .param("me", "owner-" + fixtures.marker)
                .param("id", caseId)
                .update();
        mvc.perform(get("/service")
                        .with(es())
                        .with(user("owner-" + fixtures.marker).roles("SERVICE")))
                .andExpect(content().string(containsString("/service/response-times/mine")));
        mvc.perform(get("/service/response-times/mine")
                        .with(es())
                        .with(user("owner-" + fixtures.marker).roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nadie me llama " + fixtures.marker)))
                .andExpect(content().string(containsString("Respuesta atrasada")));
        mvc.perform(get("/service/response-times/mine")
                        .with(es())
                        .with(user("other-" + fixtures.marker).roles("SERVICE")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ninguno de tus casos")));
    }

    @Test
    void theFiguresCountAnswersInTimePerPersonAndType() throws Exception {
        String owner = "late-" + fixtures.marker;
        long caseId = fixtures.complaint(fixtures.customer("Raúl Soto"));
        jdbc.sql("UPDATE service_case SET opened_at = :then, owner_username = :me WHERE id = :id")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(20))))
                .param("me", owner)
                .param("id", caseId)
                .update();
        mvc.perform(post("/service/cases/" + caseId + "/notes")
                        .with(es())
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("kind", "TOLD_CUSTOMER")
                        .param("body", "Le llamé tarde"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/service/promises").with(es()).with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("/service/response-times/figures?days=90")));
        mvc.perform(get("/service/response-times/figures")
                        .param("days", "30")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(owner + "</td>")))
                .andExpect(content().string(containsString("0 % (0 de 1)")))
                .andExpect(content().string(containsString("Queja")));

        // In a team, the person's late answer counts in the team's row too.
        String team = "Oficina " + fixtures.marker;
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, roles, created_at, team)
                VALUES (:username, '{noop}x', 'SERVICE', CURRENT_TIMESTAMP, :team)""").param("username", owner).param("team", team).update();
        String card = mvc.perform(get("/service/response-times/figures")
                        .param("days", "30")
                        .with(es())
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<td>" + team + "</td>\\s*<td[^>]*>([^<]+)</td>")
                .matcher(card);
        assertThat(row.find()).as("a row for " + team).isTrue();
        assertThat(row.group(1)).isEqualTo("0 % (0 de 1)");
        assertThat(card).contains("id=\"on-time-team\"", "Sin equipo");
    }
}
