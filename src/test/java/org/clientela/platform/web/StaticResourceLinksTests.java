package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientela.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Pages link their style sheets and scripts, which are served, without a resource lookup per link. */
@ApplicationTest
class StaticResourceLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("mvcResourceUrlProvider")
    ResourceUrlProvider resources;

    @Test
    void aPageLinksWebjarsCssAndJsThatAreServedWithoutLookingUpEachLink() throws Exception {
        List<ResourceHttpRequestHandler> handlers =
                List.copyOf(resources.getHandlerMap().values());
        assertThat(handlers).as("the static resource handlers").isNotEmpty();
        AtomicInteger lookups = new AtomicInteger();
        ResourceResolver counting = countingLinkLookups(lookups);
        handlers.forEach(h -> h.getResourceResolvers().add(0, counting));
        String page;
        try {
            page = mvc.perform(get("/customers").with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } finally {
            handlers.forEach(h -> h.getResourceResolvers().remove(counting));
        }

        assertThat(lookups).as("resource lookups while the page was built").hasValue(0);
        assertThat(page)
                .contains(
                        "href=\"/webjars/bootstrap/css/bootstrap.min.css\"",
                        "href=\"/css/clientela.css\"",
                        "src=\"/webjars/htmx.org/dist/htmx.min.js\"",
                        "src=\"/js/clientela.js\"",
                        "href=\"/customers/new\"",
                        "src=\"/webjars/bootstrap/js/bootstrap.bundle.min.js\"");

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

    /**
     * A resolver put first in each static resource handler, counting the link lookups that pass
     * through it (what a resource URL encoding filter would do for every link of a page).
     */
    static ResourceResolver countingLinkLookups(AtomicInteger lookups) {
        return new ResourceResolver() {
            @Override
            public Resource resolveResource(
                    HttpServletRequest request,
                    String path,
                    List<? extends Resource> locations,
                    ResourceResolverChain chain) {
                return chain.resolveResource(request, path, locations);
            }

            @Override
            public String resolveUrlPath(String path, List<? extends Resource> locations, ResourceResolverChain chain) {
                lookups.incrementAndGet();
                return chain.resolveUrlPath(path, locations);
            }
        };
    }

    void expectServed(String path, String type) throws Exception {
        var response =
                mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).contains(type);
        assertThat(response.getContentAsByteArray()).isNotEmpty();
    }
}
