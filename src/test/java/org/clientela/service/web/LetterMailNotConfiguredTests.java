package org.clientela.service.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Without {@code spring.mail.host} (the default) an approved letter cannot go out, and says so. */
@ApplicationTest
class LetterMailNotConfiguredTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCases cases;

    @Test
    void sendingAnswers503NamingTheMissingSetting() throws Exception {
        String customer = mvc.perform(post("/api/v1/customers")
                        .with(httpBasic("admin", "admin-test-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"name\":\"Sin correo configurado\",\"kind\":\"PERSON\",\"email\":\"x@example.es\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long caseId = cases.open(((Number) JsonPath.read(customer, "$.id")).longValue(), "Duda")
                .caseId();
        mvc.perform(
                        post("/api/v1/users")
                                .with(httpBasic("admin", "admin-test-password"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"username\":\"writer503\",\"password\":\"a-long-enough-password\",\"roles\":[\"SERVICE\"]}"))
                .andExpect(status().isCreated());
        String letter = mvc.perform(post("/api/v1/cases/" + caseId + "/letters")
                        .with(httpBasic("writer503", "a-long-enough-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\":\"en\",\"subject\":\"Hi\",\"text\":\"Thank you for asking.\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(letter, "$.id")).longValue();
        mvc.perform(post("/api/v1/letters/" + id + "/approve").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/letters/" + id + "/send")
                        .with(httpBasic("admin", "admin-test-password"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.reason").value("MAIL_NOT_CONFIGURED"))
                .andExpect(jsonPath("$.detail").value(containsString("Sending by e-mail is not set up yet")));
    }
}
