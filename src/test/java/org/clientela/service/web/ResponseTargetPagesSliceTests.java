package org.clientela.service.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.CaseType;
import org.clientela.service.internal.cases.Priority;
import org.clientela.service.internal.responsetimes.ResponseTargets;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The response-target page: everyone reads it, managers change it, and a wrong value is told next
 * to its field in the reader's language; the targets themselves are a mock holding one row.
 */
@WebSliceTest(ResponseTargetPages.class)
class ResponseTargetPagesSliceTests {

    static final String PAGE = "/service/response-targets";
    static final String ROW = "/service/response-targets/REQUEST/LOW";
    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ResponseTargets targets;

    @BeforeEach
    void oneRow() {
        when(targets.all())
                .thenReturn(List.of(new ResponseTargets.Target(
                        CaseType.REQUEST, Priority.LOW, 16, 90, 3L, "marta", Instant.parse("2025-01-01T10:00:00Z"))));
        // As the real targets refuse a resolution before the first response.
        when(targets.change(any(), any(), anyLong(), any(), any())).thenAnswer(call -> {
            var problems = ResponseTargets.problems(call.getArgument(3), call.getArgument(4));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return null;
        });
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
    void everyoneReadsTheTargetsButOnlyManagersChangeThem() throws Exception {
        mvc.perform(get(PAGE).with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Objetivos de tiempo de respuesta"),
                                containsString("id=\"target-REQUEST-LOW\""),
                                containsString("90 h"),
                                not(containsString("id=\"save-REQUEST-LOW\"")))));
        mvc.perform(post(ROW)
                        .with(VIEWER)
                        .with(csrf())
                        .param("firstResponseHours", "1")
                        .param("resolutionHours", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(post(ROW)
                        .with(user("ana").roles("SERVICE"))
                        .with(csrf())
                        .param("firstResponseHours", "1")
                        .param("resolutionHours", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(MANAGER)).andExpect(content().string(containsString("id=\"save-REQUEST-LOW\"")));
        verify(targets, never()).change(any(), any(), any(), any(), any());
    }

    @Test
    void aWrongValueIsToldNextToItsFieldInTheReadersLanguage() throws Exception {
        mvc.perform(save("es", 3, "abc", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Escribe un número entero de horas"),
                                containsString("Hace falta este dato"),
                                containsString("value=\"abc\""),
                                containsString("is-invalid"))));
        mvc.perform(save("en", 3, "10", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Resolution cannot come before the first response (10 h)")));
        mvc.perform(save("en", 3, "0", "99999"))
                .andExpect(content()
                        .string(allOf(containsString("Between 1 and 2,500"), containsString("Between 1 and 5,000"))));
    }

    @Test
    void theRowFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post(ROW)
                        .with(MANAGER)
                        .param("version", "3")
                        .param("firstResponseHours", "1")
                        .param("resolutionHours", "2"))
                .andExpect(status().isForbidden());
        verify(targets, never()).change(any(), any(), any(), any(), any());
    }
}
