package org.clientela.service.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.SettingsStore;
import org.clientela.support.BrowserTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reply letter's whole journey in Chromium: drafted from a template on a case, the checker marking
 * what is missing as one types, a colleague's approval, and the e-mail arriving at the SMTP server.
 */
class LetterPagesBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestCases cases;

    @LocalServerPort
    int port;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void mailServer(@Autowired SettingsStore settings) {
        TestMailServer.useIn(settings);
    }

    @AfterEach
    void backToTheDefaults(@Autowired JdbcClient jdbc) {
        SettingsResets.reset(jdbc);
    }

    Locator step(String step) {
        return page.locator("#checker [data-step=" + step + "]");
    }

    void createUser(String username, String password, String role) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder()
                                .uri(URI.create("http://localhost:" + port + "/api/v1/users"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username":"%s","password":"%s","displayName":"Colega","roles":["%s"]}""".formatted(username, password, role)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aReplyIsDraftedCheckedApprovedByAColleagueAndReachesTheCustomer() throws Exception {
        String email = "lucia." + marker + "@example.es";
        long customerId = customers().personWithEmail("Lucía Báez " + marker, email);
        var opened = cases.open(customerId, "Lámpara rota en la entrega");
        long caseId = opened.caseId();
        String colleague = "colega" + marker;
        createUser(colleague, "a-long-enough-password", "SERVICE");

        signInAsAdmin();
        // From the case page: its letters card offers a reply from each template.
        page.navigate("/service/cases/" + caseId);
        assertThat(page.locator("#letters-of-case")).containsText("Este caso aún no tiene cartas.");
        page.locator("#new-letter-COMPLAINT_REPLY").click();
        assertThat(page).hasURL(Pattern.compile(".*/service/cases/" + caseId + "/letters/new.*"));
        page.waitForFunction("() => window.htmx !== undefined");
        Locator text = page.locator("#text");
        assertThat(text).hasValue(Pattern.compile("^Estimado/a Lucía Báez " + marker + ":"));
        assertThat(step("CONVERSATIONAL")).hasAttribute("data-passed", "true");
        assertThat(step("REVIEWED")).hasAttribute("data-passed", "false");

        // A stiff letter about the company: the checker marks it as one types.
        text.fill("");
        text.pressSequentially(
                "Por medio de la presente, nuestra empresa ha revisado su escrito. Sin otro particular.");
        assertThat(step("CONVERSATIONAL")).hasAttribute("data-passed", "false");
        assertThat(step("CONVERSATIONAL")).containsText("«por medio de la presente»");
        assertThat(step("PURPOSE")).hasAttribute("data-passed", "false");
        assertThat(step("CALL_TO_ACTION")).hasAttribute("data-passed", "false");

        // Rewritten following the steps.
        text.fill("");
        text.pressSequentially("Estimada Lucía:\nLe escribo para resolver lo de su lámpara. Le enviamos otra sin coste."
                + "\nLlámeme al 922 123 456 y elija el día.");
        assertThat(step("PURPOSE")).hasAttribute("data-passed", "true");
        assertThat(step("READER_BENEFIT")).hasAttribute("data-passed", "true");
        assertThat(step("READER_FOCUS")).hasAttribute("data-passed", "true");
        assertThat(step("CONVERSATIONAL")).hasAttribute("data-passed", "true");
        assertThat(step("CALL_TO_ACTION")).hasAttribute("data-passed", "true");
        assertThat(step("REVIEWED")).hasAttribute("data-passed", "false");
        page.locator("#save-letter").click();

        assertThat(page).hasURL(Pattern.compile(".*/service/letters/\\d+$"));
        String letterUrl = page.url();
        assertThat(page.locator("#letter-status")).hasText("Borrador");
        assertThat(page.locator("#approve-letter")).hasCount(0);
        assertThat(page.locator("#approve-not-yours")).isVisible();

        // The colleague finds it waiting for approval, approves it and sends it.
        page.context().clearCookies();
        signIn(colleague, "a-long-enough-password");
        page.navigate("/service/letters");
        page.locator(
                        "#letter-table a",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Su reclamación " + opened.reference()))
                .click();
        assertThat(page).hasURL(letterUrl);
        page.locator("#approve-letter").click();
        assertThat(page.locator("#letter-status")).hasText("Aprobada");
        assertThat(step("REVIEWED")).hasAttribute("data-passed", "true");
        // Named as the colleague goes by, not by their login.
        assertThat(step("REVIEWED")).containsText("Revisada y aprobada por Colega.");
        page.locator("#send-letter").click();

        assertThat(page.locator("#letter-status")).hasText("Enviada");
        assertThat(page.locator("#sent-info")).containsText(email);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(TestMailServer.receivedBy(email))
                        .singleElement()
                        .satisfies(m -> assertThat(((String) m.getContent())).contains("Le enviamos otra sin coste.")));
        assertThat(page.locator("#letter-pdf")).hasAttribute("href", Pattern.compile(".*/service/letters/\\d+\\.pdf$"));

        // Back on the case, the letter is listed as sent.
        page.navigate("/service/cases/" + caseId);
        assertThat(page.locator("#letters-of-case")).containsText("Enviada");
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
