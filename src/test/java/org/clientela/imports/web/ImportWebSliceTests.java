package org.clientela.imports.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.imports.internal.ImportJobs;
import org.clientela.imports.internal.ImportKind;
import org.clientela.imports.internal.Importers;
import org.clientela.platform.Role;
import org.clientela.platform.WebSliceFixtures;
import org.clientela.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may import, and what an upload without a file or of the wrong kind gets. */
@WebSliceTest({ImportApi.class, ImportPages.class})
class ImportWebSliceTests {

    static final RequestPostProcessor MANAGER = user("marta").roles("MANAGER");
    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Importers importers;

    @MockitoBean
    ImportJobs jobs;

    static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyUploadAsksForAFile() throws Exception {
        MockMultipartFile none = new MockMultipartFile("file", "", "text/csv", new byte[0]);
        mvc.perform(multipart("/imports")
                        .file(none)
                        .param("kind", "ORDERS")
                        .with(csrf())
                        .with(MANAGER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elige un fichero CSV")));
        verifyNoInteractions(importers);
    }

    @Test
    void anUploadStartsAJobAndShowsIt() throws Exception {
        when(jobs.start(eq(ImportKind.CUSTOMERS), eq("clientes.csv"), any())).thenReturn(17L);
        mvc.perform(multipart("/imports")
                        .file(file("clientes.csv", "name\nAna\n"))
                        .param("kind", "CUSTOMERS")
                        .with(csrf())
                        .with(MANAGER))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/imports/17"));
    }

    @Test
    void anUploadWithoutItsCsrfTokenOrOfAnUnknownKindIsRefused() throws Exception {
        mvc.perform(multipart("/imports")
                        .file(file("a.csv", "x"))
                        .param("kind", "ORDERS")
                        .with(MANAGER))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/imports")
                        .file(file("a.csv", "x"))
                        .param("kind", "POEMS")
                        .with(csrf())
                        .with(MANAGER))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(jobs);
    }

    @Test
    void salesPeopleCannotImport() throws Exception {
        mvc.perform(get("/imports").with(user("seller").roles("SALES"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyManagersAndAdminsImportThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/imports/customers")
                        .header("Authorization", WebSliceFixtures.apiToken(Role.VIEWER))
                        .contentType(CSV)
                        .content("name\nAna\n"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/imports/customers")
                        .with(user("sara").roles("SALES"))
                        .contentType(CSV)
                        .content("name\nAna\n"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/customers").contentType(CSV).content("name\nAna\n"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(importers);
    }

    @Test
    void theApiTakesCsvOnly() throws Exception {
        mvc.perform(post("/api/v1/imports/orders")
                        .header("Authorization", WebSliceFixtures.apiToken(Role.MANAGER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        verifyNoInteractions(importers);
    }
}
