package org.clientela.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A newcomer's first visit to a new demo: the model, the segments and the radar were computed while
 * the demo loaded, so no retention page greets them with "nothing computed yet", and the API
 * documentation opens in the browser they are signed in with.
 */
@TestPropertySource(properties = "clientela.demo=true")
class FirstVisitBrowserTests extends BrowserTest {

    @Test
    void everyRetentionPageHasSomethingToShowOnTheFirstVisit() {
        signInAsAdmin();

        page.navigate("/retention/radar");
        assertThat(page.locator("#radar-last-run")).isVisible();
        assertThat(page.locator("#radar-ranking")).isVisible();
        assertThat(page.getByText(message("retention.radar.never"))).hasCount(0);

        page.navigate("/retention/model");
        assertThat(page.locator("#model-explanation")).isVisible();

        page.navigate("/retention/segments");
        assertThat(page.locator("#segment-table")).isVisible();
        assertThat(page.locator("#no-segments")).hasCount(0);
    }

    @Test
    void theApiDocumentationOpensForASignedInBrowser() {
        signInAsAdmin();
        page.navigate("/api/docs");
        // The first request builds the OpenAPI document: slow on a busy machine, so wait longer for it.
        assertThat(page.locator(".swagger-ui .info .title"))
                .containsText("Clientela API", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        // "Try it out" without a token: a 401 that asks for a token, not the browser's password pop-up.
        Object answer = page.evaluate(
                "() => fetch('/api/v1/customers').then(r => r.status + ' '" + " + r.headers.get('WWW-Authenticate'))");
        org.assertj.core.api.Assertions.assertThat(answer).isEqualTo("401 Bearer realm=\"Clientela\"");
    }

    private String message(String key) {
        return messages.getMessage(key, null, java.util.Locale.forLanguageTag("es"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.MessageSource messages;
}
