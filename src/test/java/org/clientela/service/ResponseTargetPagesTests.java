package org.clientela.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Response-time targets edited on their page by a manager (H2 and PostgreSQL): validation next to the field in
 * both languages, a stale save refused with the other person's value shown, the audit entry, and the
 * case clock following the new target. Uses REQUEST/LOW, which no other test relies on, and puts it back.
 */
abstract class ResponseTargetPagesTests {

    static final String PAGE = "/service/response-targets";
    static final String ROW = "/service/response-targets/REQUEST/LOW";
    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ServiceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ServiceFixtures(mvc);
    }

    @AfterEach
    void putTheTargetBack() {
        jdbc.sql("""
                UPDATE service_response_target SET first_response_hours = 16, resolution_hours = 90
                WHERE case_type = 'REQUEST' AND priority = 'LOW'""").update();
    }

    long version() {
        return jdbc.sql("SELECT version FROM service_response_target WHERE case_type = 'REQUEST' AND priority = 'LOW'")
                .query(Long.class)
                .single();
    }

    MockHttpServletRequestBuilder save(String lang, Object version, String first, String resolution) {
        return post(ROW)
                .with(MANAGER)
                .with(csrf())
                .header("Accept-Language", lang)
                .param("version", String.valueOf(version))
                .param("firstResponseHours", first)
                .param("resolutionHours", resolution);
    }

    @Test
    void aWrongValueIsToldNextToItsFieldInTheReadersLanguage() throws Exception {
        long version = version();
        mvc.perform(save("es", version, "abc", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escribe un número entero de horas"),
                                containsString("Hace falta este dato"),
                                containsString("value=\"abc\""),
                                containsString("is-invalid"))));
        mvc.perform(save("en", version, "10", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Resolution cannot come before the first response (10 h)")));
        mvc.perform(save("en", version, "0", "99999"))
                .andExpect(content()
                        .string(allOf(containsString("Between 1 and 2,500"), containsString("Between 1 and 5,000"))));
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void aSaveIsAuditedAndTheCaseClockFollowsIt() throws Exception {
        long version = version();
        mvc.perform(save("es", version, "10", "50"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flash", "service.targets.saved"));
        assertThat(version()).isEqualTo(version + 1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE action = 'RESPONSE_TARGET_CHANGED' AND entity_id = 'REQUEST/LOW'
                   AND actor = 'marta'""").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        mvc.perform(get(PAGE).with(VIEWER).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(containsString("10 h"), containsString("50 h"), containsString("marta"))));

        long caseId = fixtures.complaint(fixtures.customer("Pilar Díaz"));
        jdbc.sql("UPDATE service_case SET case_type = 'REQUEST', reason = NULL, priority = 'LOW' WHERE id = :id")
                .param("id", caseId)
                .update();
        mvc.perform(get("/service/cases/" + caseId + "/response-times/card")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(
                        content().string(allOf(containsString("10 h laborables"), containsString("50 h laborables"))));
    }

    @Test
    void aSaveMadeAfterSomeoneElsesIsRefusedKeepingWhatWasTyped() throws Exception {
        long read = version();
        mvc.perform(save("es", read, "12", "60")).andExpect(status().is3xxRedirection());
        mvc.perform(save("en", read, "20", "70"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"targets-conflict\""),
                                containsString("value=\"20\""),
                                containsString("value=\"70\""),
                                containsString("Now: 12"),
                                containsString("value=\"" + (read + 1) + "\""))));
        assertThat(jdbc.sql("""
                SELECT first_response_hours FROM service_response_target WHERE case_type = 'REQUEST' AND priority = 'LOW'""").query(Integer.class).single()).isEqualTo(12);
        // Saving again, knowingly, replaces it.
        mvc.perform(save("en", read + 1, "20", "70")).andExpect(status().is3xxRedirection());
        assertThat(version()).isEqualTo(read + 2);
    }
}
