package org.clientela.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search box in the header, in Chromium: "/" brings it into focus from anywhere that is
 * not a field, a case number typed finds the case as you type, the arrow chooses it and Enter
 * opens its page; in Spanish and in English. Esc closes the list, and Enter without a choice
 * opens the full results page.
 */
class SearchBrowserTests extends BrowserTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void slashTypeTheCaseNumberArrowDownEnterOpensTheCaseInSpanish() throws Exception {
        String[] opened = openCase();
        signInAsAdmin();
        page.navigate("/orders");
        page.waitForLoadState(LoadState.LOAD);

        page.keyboard().press("/");
        var box = page.locator("#site-search-q");
        assertThat(box).isFocused();
        page.keyboard().type(opened[1]);

        var list = page.locator("#site-search-list");
        assertThat(list).isVisible();
        assertThat(box).hasAttribute("aria-expanded", "true");
        assertThat(list.locator("[role=group][data-kind=CASE] .dropdown-header"))
                .hasText("Casos");
        var found = page.locator("#site-search-case-" + opened[0]);
        assertThat(found).containsText(opened[1]);

        page.keyboard().press("ArrowDown");
        assertThat(list.locator("[role=option][aria-selected=true]")).hasCount(1);
        screenshot("search-suggestions-es.png");
        assertThat(box).hasAttribute("aria-activedescendant", Pattern.compile("site-search-.+"));
        // The case is the first suggestion unless a customer matched too: move to it.
        for (int i = 0; i < 10 && !"true".equals(found.getAttribute("aria-selected")); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(found).hasAttribute("aria-selected", "true");
        page.keyboard().press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/service/cases/" + opened[0] + "$"));
        assertThat(page.locator("#case-reference")).hasText(opened[1]);
    }

    @Test
    void theSameInEnglishAndEscClosesAndEnterAloneShowsAllResults() throws Exception {
        String[] opened = openCase();
        signInAsAdmin();
        page.navigate("/service/cases?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.waitForLoadState(LoadState.LOAD);

        page.keyboard().press("/");
        var box = page.locator("#site-search-q");
        assertThat(box).isFocused();
        page.keyboard().type(opened[1]);
        var list = page.locator("#site-search-list");
        assertThat(list.locator("[role=group][data-kind=CASE] .dropdown-header"))
                .hasText("Cases");
        var found = page.locator("#site-search-case-" + opened[0]);
        assertThat(found).isVisible();

        page.keyboard().press("Escape");
        assertThat(list).isHidden();
        assertThat(box).hasAttribute("aria-expanded", "false");

        page.keyboard().press("ArrowDown");
        assertThat(list).isVisible();
        for (int i = 0; i < 10 && !"true".equals(found.getAttribute("aria-selected")); i++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/service/cases/" + opened[0] + "$"));

        // Enter with nothing chosen: every result on its own page.
        page.waitForLoadState(LoadState.LOAD);
        page.keyboard().press("/");
        assertThat(box).isFocused();
        page.keyboard().type("Búsqueda " + marker);
        assertThat(page.locator("#site-search-list [role=option]").first()).isVisible();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*"));
        assertThat(page.locator("#search-page [data-kind=CASE] h2")).hasText("Cases");
        assertThat(page.locator("#search-page a[href$='/service/cases/" + opened[0] + "']"))
                .isVisible();
        screenshot("search-results-en.png");

        // "/" typed in a field is a slash, not the shortcut.
        page.locator("#search-page-q").fill("");
        page.locator("#search-page-q").press("/");
        assertThat(page.locator("#search-page-q")).hasValue("/");
        assertThat(box).not().isFocused();
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)));
    }

    /** A customer and a complaint through the API: the case's id and number. */
    private String[] openCase() throws Exception {
        String customer =
                post("/api/v1/customers", "{\"name\":\"Ferretería Búsqueda " + marker + "\",\"kind\":\"COMPANY\"}");
        String created = post("/api/v1/cases", """
                {"customerId":%s,"type":"COMPLAINT","channel":"PHONE","reason":"NOT_KEPT_INFORMED",
                 "subject":"Nadie me llama %s","description":"Llamó tres veces"}""".formatted(group(ID, customer), marker));
        return new String[] {group(ID, created), group(REFERENCE, created)};
    }

    private String post(String path, String json) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder()
                                .uri(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + credentials)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String group(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("not in " + json);
        }
        return m.group(1);
    }
}
