package org.clientela.service.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.platform.Role;
import org.clientela.platform.WebSliceFixtures;
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.promises.PromiseLedger;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the case API answers to unknown words, a missing version, the wrong role and a lost race. */
@WebSliceTest(CaseApi.class)
class CaseApiSliceTests {

    static final RequestPostProcessor AGENT = user("sol").roles("SERVICE");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Cases cases;

    @MockitoBean
    PromiseLedger ledger;

    @Test
    void unknownWordsAre422NamingEachField() throws Exception {
        mvc.perform(post("/api/v1/cases")
                        .with(AGENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"customerId":7,"type":"GRUMBLE","channel":"PIGEON","reason":"MOON_PHASE","subject":"x"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'reason')]").exists());
        verifyNoInteractions(cases);
    }

    @Test
    void aChangeWithoutItsVersionOrWithAnUnknownStatusNamesTheField() throws Exception {
        mvc.perform(patch("/api/v1/cases/5")
                        .with(AGENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"status\":\"FORGOTTEN\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'version')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'status')]").exists());
        verifyNoInteractions(cases);
    }

    @Test
    void aChangeToAStaleVersionIs409() throws Exception {
        when(cases.patch(eq(5L), eq(0L), any(), any(), any(), any()))
                .thenThrow(new OptimisticLockingFailureException("changed since"));
        mvc.perform(patch("/api/v1/cases/5")
                        .with(AGENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"priority\":\"HIGH\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/edit-conflict"));
    }

    @Test
    void aSellerOpensButDoesNotChangeAndAReaderOnlyReads() throws Exception {
        mvc.perform(patch("/api/v1/cases/5")
                        .with(user("sara").roles("SALES"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/cases")
                        .header("Authorization", WebSliceFixtures.apiToken(Role.VIEWER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/5")).andExpect(status().isUnauthorized());
        verifyNoInteractions(cases, ledger);
    }

    @Test
    void aPromiseWithAnOverlongDescriptionNamesIt() throws Exception {
        mvc.perform(post("/api/v1/cases/5/promises")
                        .with(AGENT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL_BACK\",\"description\":\"" + "x".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        verifyNoInteractions(cases, ledger);
    }
}
