package org.clientela.customers.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.clientela.customers.internal.AnonymisedNames;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.customers.internal.Customers;
import org.clientela.customers.internal.PossibleDuplicates;
import org.clientela.platform.Role;
import org.clientela.platform.Slice;
import org.clientela.platform.WebSliceFixtures;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the customer API answers to bad input, wrong roles and a stale version, without a database. */
@Import(AnonymisedNames.class)
@WebSliceTest(CustomerApi.class)
class CustomerApiSliceTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Customers customers;

    @MockitoBean
    CustomerSearch search;

    @MockitoBean
    PossibleDuplicates duplicates;

    @Test
    void refusesMalformedJsonWithAProblem() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Falta llave\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").isNotEmpty());
        verifyNoInteractions(customers);
    }

    @Test
    void namesTheMissingAndWrongFields() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"kind\":\"PERSON\",\"email\":\"not-an-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());

        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"kind\":\"ALIEN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":[1,2],\"kind\":\"PERSON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        verifyNoInteractions(customers);
    }

    @Test
    void saysInTheCallersLanguageWhatIsWrong() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"kind\":\"PERSON\"}"))
                .andExpect(jsonPath("$.title").value("Invalid input"));
        mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "es")
                        .content("{\"kind\":\"PERSON\"}"))
                .andExpect(jsonPath("$.title").value("Datos no válidos"));
    }

    @Test
    void aReaderMayNotWriteAndAStrangerMayNotRead() throws Exception {
        mvc.perform(post("/api/v1/customers")
                        .with(user("viewer").roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"kind\":\"PERSON\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/customers"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Clientela\""))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer clt_nobody-knows-this"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(customers, search);
    }

    @Test
    void aPersonalTokenSignsIn() throws Exception {
        when(search.search(any(), any(), any(), anyInt(), anyInt())).thenReturn(new Slice<>(List.of(), 0, 20, false));
        mvc.perform(get("/api/v1/customers")
                        .param("q", "ana")
                        .header("Authorization", WebSliceFixtures.apiToken(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.hasNext").value(false));
        verify(search).search(eq("ana"), any(), eq(CustomerSearch.Sort.NAME), eq(0), eq(20));
    }

    @Test
    void aChangeToAStaleVersionIsAConflict() throws Exception {
        when(customers.update(anyLong(), anyLong(), any())).thenThrow(new OptimisticLockingFailureException("stale"));
        mvc.perform(put("/api/v1/customers/7")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"customer\":{\"name\":\"Segunda\",\"kind\":\"COMPANY\"}}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://clientela.org/problems/edit-conflict"))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void aChangeWithoutItsVersionNamesTheField() throws Exception {
        mvc.perform(put("/api/v1/customers/7")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":{\"name\":\"Segunda\",\"kind\":\"COMPANY\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(customers);
    }

    @Test
    void aPageOutOfRangeOrAWrongIdIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/customers").param("size", "201").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/customers/abc").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        verifyNoInteractions(customers, search);
    }
}
