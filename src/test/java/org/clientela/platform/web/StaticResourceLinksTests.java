package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Pages link their style sheets and scripts, which are served, without a resource lookup per link. */
@ApplicationTest
class StaticResourceLinksTests {

    @Autowired
    MockMvc mvc;

    /** A spy in every {@link ApplicationTest} application. */
    @Autowired
    @Qualifier("mvcResourceUrlProvider")
    ResourceUrlProvider resources;

    @Test
    void aPageLinksWebjarsCssAndJsThatAreServedWithoutLookingUpEachLink() throws Exception {
        clearInvocations(resources);
        String page = mvc.perform(get("/customers").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "href=\"/webjars/bootstrap/css/bootstrap.min.css\"",
                        "href=\"/css/clientela.css\"",
                        "src=\"/webjars/htmx.org/dist/htmx.min.js\"",
                        "src=\"/js/clientela.js\"",
                        "href=\"/customers/new\"",
                        "src=\"/webjars/bootstrap/js/bootstrap.bundle.min.js\"");
        verify(resources, never()).getForLookupPath(any());
        verify(resources, never()).getForRequestUrl(any(), any());

        expectServed("/webjars/bootstrap/css/bootstrap.min.css", "text/css");
        expectServed("/webjars/htmx.org/dist/htmx.min.js", "javascript");
        expectServed("/webjars/bootstrap/js/bootstrap.bundle.min.js", "javascript");
        expectServed("/webjars/chart.js/dist/chart.umd.min.js", "javascript");
        expectServed("/css/clientela.css", "text/css");
        expectServed("/js/clientela.js", "javascript");
    }

    @Test
    void theBrowserTabsIconIsServedToAnyoneSoNoPageLogsAMissingFile() throws Exception {
        // Browsers ask for it on every page, the sign-in page included: without it, each logged a 404.
        expectServed("/favicon.ico", "image/");
    }

    void expectServed(String path, String type) throws Exception {
        var response =
                mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).contains(type);
        assertThat(response.getContentAsByteArray()).isNotEmpty();
    }
}
