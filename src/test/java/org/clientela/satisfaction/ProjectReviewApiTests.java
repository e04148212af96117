package org.clientela.satisfaction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * After-project reviews through the API, on H2 and PostgreSQL: due ten working days after the end,
 * held once with all three findings, by its organiser only; actions need a real owner and a date
 * not past, show in the owner's day until done, and are done once.
 */
abstract class ProjectReviewApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory users;

    @Autowired
    TestClock clock;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    RequestPostProcessor olga;
    RequestPostProcessor tomas;

    @BeforeEach
    void people() {
        users.ensure("olga" + marker, "Olga", Role.SERVICE);
        users.ensure("tomas" + marker, "Tomás", Role.SALES);
        olga = user("olga" + marker).roles("SERVICE");
        tomas = user("tomas" + marker).roles("SALES");
        // Monday 9 March 2026, in the business's morning.
        clock.stopAt(Instant.parse("2026-03-09T10:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who,
            String json)
            throws Exception {
        return mvc.perform(request.with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content(json));
    }

    String planned() throws Exception {
        return send(post("/api/v1/project-reviews"), olga, """
                        {"project":"Nueva tienda online %s","endedOn":"2026-03-06"}""".formatted(marker))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aReviewIsDueTenWorkingDaysAfterTheProjectEndsAndIsHeldOnceWithAllItsFindings() throws Exception {
        String body = planned();
        // Friday 6 March plus ten working days, over two weekends: Friday 20 March.
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/project-reviews/" + id).with(tomas))
                .andExpect(jsonPath("$.dueOn").value("2026-03-20"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.organiser").value("olga" + marker));
        String findings = """
                {"version":0,"wentWell":"El equipo","wentBadly":"Las fechas","learnt":"Pedir antes los textos"}""";
        send(put("/api/v1/project-reviews/" + id + "/findings"), tomas, findings)
                .andExpect(status().isForbidden());
        send(put("/api/v1/project-reviews/" + id + "/findings"), user("vera").roles("VIEWER"), findings)
                .andExpect(status().isForbidden());
        send(put("/api/v1/project-reviews/" + id + "/findings"), olga, """
                        {"version":0,"wentWell":"El equipo","wentBadly":" "}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='wentBadly')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='learnt')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='wentWell')]").doesNotExist());
        send(put("/api/v1/project-reviews/" + id + "/findings"), olga, findings)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.heldOn").value("2026-03-09"))
                .andExpect(jsonPath("$.learnt").value("Pedir antes los textos"));
        send(put("/api/v1/project-reviews/" + id + "/findings"), olga, """
                        {"version":1,"wentWell":"a","wentBadly":"b","learnt":"c"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/project-review-state"));
        send(put("/api/v1/project-reviews/" + id + "/findings"), olga, findings).andExpect(status().isConflict());
    }

    @Test
    void anActionShowsInItsOwnersDayUntilDoneAndIsDoneOnce() throws Exception {
        long id = ((Number) JsonPath.read(planned(), "$.id")).longValue();
        send(post("/api/v1/project-reviews/" + id + "/actions"), olga, """
                        {"description":"x","owner":"nadie%s","dueOn":"2026-03-01"}""".formatted(marker))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='owner')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='dueOn')].message").value("La fecha no puede haber pasado."));
        send(post("/api/v1/project-reviews/" + id + "/actions"), tomas, """
                        {"description":"x","owner":"tomas%s","dueOn":"2026-03-20"}""".formatted(marker))
                .andExpect(status().isForbidden());
        String description = "Plantilla de textos " + marker;
        String action = send(
                        post("/api/v1/project-reviews/" + id + "/actions"), olga, """
                        {"description":"%s","owner":"tomas%s","dueOn":"2026-03-20"}""".formatted(description, marker))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long actionId = ((Number) JsonPath.read(action, "$.id")).longValue();

        mvc.perform(get("/satisfaction/internal/my-day").with(tomas).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(description)));
        mvc.perform(get("/satisfaction/internal/my-day").with(olga).header("Accept-Language", "es"))
                .andExpect(content().string(not(containsString(description))));

        send(
                        post("/api/v1/project-reviews/" + id + "/actions/" + actionId + "/done"),
                        user("otro").roles("SALES"),
                        "")
                .andExpect(status().isForbidden());
        send(post("/api/v1/project-reviews/" + id + "/actions/" + actionId + "/done"), tomas, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.doneBy").value("tomas" + marker));
        send(post("/api/v1/project-reviews/" + id + "/actions/" + actionId + "/done"), tomas, "")
                .andExpect(status().isConflict());
        mvc.perform(get("/satisfaction/internal/my-day").with(tomas).header("Accept-Language", "es"))
                .andExpect(content().string(not(containsString(description))));
    }

    @Test
    void badInputIsNamedByField() throws Exception {
        send(post("/api/v1/project-reviews"), olga, """
                        {"project":" ","endedOn":"ayer","department":"Nadie %s"}""".formatted(marker))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        send(post("/api/v1/project-reviews"), olga, """
                        {"project":" ","endedOn":"2030-01-01","department":"Nadie %s"}""".formatted(marker))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field=='project')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='department')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='endedOn')]").exists());
        send(post("/api/v1/project-reviews"), user("vera").roles("VIEWER"), """
                        {"project":"x","endedOn":"2026-03-06"}""").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/project-reviews?size=0").with(olga))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
