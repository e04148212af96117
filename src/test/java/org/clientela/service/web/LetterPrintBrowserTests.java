package org.clientela.service.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.clientela.customers.CustomerFixtures;
import org.clientela.service.internal.letters.Letter;
import org.clientela.service.internal.letters.LetterKind;
import org.clientela.service.internal.letters.Letters;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Printing a letter in Chromium, in Spanish and in English: a letter with a spot left in brackets
 * is refused with the message next to its text; the first print of the approved letter is the
 * clean original and records it as sent by post, by the person's name; the next print is a copy.
 */
class LetterPrintBrowserTests extends BrowserTest {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    ApplicationContext context;

    @Autowired
    TestCases cases;

    @Autowired
    Letters letters;

    @LocalServerPort
    int port;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    void createUser(String username, String displayName) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder()
                                .uri(URI.create("http://localhost:" + port + "/api/v1/users"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        """
                        {"username":"%s","password":"%s","displayName":"%s","roles":["SERVICE"]}""".formatted(username, PASSWORD, displayName)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    long caseOfNewCustomer() {
        long customerId = customers().personWithAddress("Lucía Báez " + marker, "Calle Real 5", "Santa Cruz", "38001");
        return cases.open(customerId, "Lámpara rota").caseId();
    }

    /**
     * Presses a print button and reads the text of every page of the PDF file it answers (caught
     * on its way to the browser, whose PDF viewer shows it), checking which print it is; then goes
     * back to the letter's page.
     */
    List<String> print(String button, String expectedPrint) throws Exception {
        String letterPage = page.url();
        AtomicReference<APIResponse> answer = new AtomicReference<>();
        AtomicReference<byte[]> body = new AtomicReference<>();
        page.route("**/print", route -> {
            APIResponse response = route.fetch();
            answer.set(response);
            body.set(response.body());
            route.fulfill(new Route.FulfillOptions().setResponse(response));
        });
        page.waitForResponse(
                r -> r.url().endsWith("/print"), () -> page.locator(button).click());
        page.unrouteAll();
        assertThat(answer.get().status()).isEqualTo(200);
        assertThat(answer.get().headers())
                .containsEntry("content-type", "application/pdf")
                .containsEntry("clientela-print", expectedPrint);
        List<String> pages = LetterPrintTests.pages(body.get());
        page.navigate(letterPage);
        return pages;
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    @Test
    void inSpanishASpotLeftIsRefusedNextToTheTextThenTheFirstPrintSendsItByPostAndTheNextIsACopy() throws Exception {
        String author = "autora" + marker;
        String colleague = "colega" + marker;
        createUser(author, "Ana Autora");
        createUser(colleague, "Carlos Colega " + marker);
        Letter letter = letters.draft(
                caseOfNewCustomer(),
                LetterKind.COMPLAINT_REPLY,
                "es",
                "Su lámpara " + marker,
                "Estimada Sra. Báez:\n\nLe escribo para decirle que le enviamos otra lámpara sin coste.\n\n"
                        + "Llámeme al [teléfono] y elija el día.\n\nUn saludo,\nAna Autora",
                author);

        signIn(colleague, PASSWORD);
        page.navigate("/service/letters/" + letter.getId());
        assertThat(page.locator("#checker [data-step=FILLED_IN]")).hasAttribute("data-passed", "false");
        assertThat(page.locator("#checker [data-step=FILLED_IN]")).containsText("«[teléfono]» en la línea 5");
        page.locator("#approve-letter").click();
        assertThat(page.locator("#text")).hasClass(java.util.regex.Pattern.compile(".*\\bis-invalid\\b.*"));
        assertThat(page.locator("#text ~ .invalid-feedback"))
                .containsText("El texto aún tiene «[teléfono]» en la línea 5");
        assertThat(page.locator("#letter-status")).hasText("Borrador");
        screenshot("letters-spot-left-refused-es.png");

        // Filled in, it is approved and printed: the original, clean, and now sent by post.
        page.waitForFunction("() => window.htmx !== undefined");
        page.locator("#text").fill(page.locator("#text").inputValue().replace("[teléfono]", "922 123 456"));
        page.locator("#save-letter").click();
        assertThat(page.locator("#checker [data-step=FILLED_IN]")).hasAttribute("data-passed", "true");
        page.locator("#approve-letter").click();
        assertThat(page.locator("#letter-status")).hasText("Aprobada");
        assertThat(page.locator("#print-hint")).containsText("saldrá marcada como copia");
        assertThat(page.locator("#checker [data-step=REVIEWED]")).containsText("Carlos Colega " + marker);

        List<String> original = print("#print-letter", "ORIGINAL");
        assertThat(original)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p)
                        .contains("Su lámpara " + marker, "Calle Real 5")
                        .doesNotContain("BORRADOR", "COPIA", "VISTA PREVIA"));

        assertThat(page.locator("#letter-status")).hasText("Enviada");
        assertThat(page.locator("#sent-info"))
                .containsText("Enviada por correo postal por Carlos Colega " + marker + " el ");
        assertThat(page.locator("#letter-history [data-action=LETTER_SENT_BY_POST]"))
                .containsText("Enviada por correo postal por Carlos Colega " + marker);
        assertThat(page.locator("#print-letter")).hasCount(0);
        screenshot("letters-sent-by-post-es.png");
        page.setViewportSize(390, 844);
        assertThat(page.locator("#print-copy")).isVisible();
        screenshot("letters-sent-by-post-es-390.png");
        page.setViewportSize(1366, 800);

        assertThat(print("#print-copy", "COPY"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("COPIA"));
        assertThat(page.locator("#letter-history [data-action=LETTER_COPY_PRINTED]"))
                .containsText("Copia impresa por Carlos Colega " + marker);
    }

    @Test
    void inEnglishTheDraftPdfSaysDraftAndTheApprovedLetterPrintsOnceThenAsACopy() throws Exception {
        String author = "author" + marker;
        String colleague = "colleague" + marker;
        createUser(author, "Ann Author");
        createUser(colleague, "Colin Colleague " + marker);
        Letter letter = letters.draft(
                caseOfNewCustomer(),
                LetterKind.THANKS,
                "en",
                "Thank you " + marker,
                "Dear Ms Báez,\n\nThank you for your order. Here is a voucher for you.\n\nUse the code THANKS10."
                        + "\n\nKind regards,\nAnn Author",
                author);

        signIn(colleague, PASSWORD);
        page.navigate("/service/letters/" + letter.getId() + "?lang=en");
        assertThat(page.locator("#letter-pdf")).hasText("View PDF (marked as a draft)");
        byte[] draft = page.request()
                .get("/service/letters/" + letter.getId() + ".pdf")
                .body();
        assertThat(LetterPrintTests.pages(draft)).allSatisfy(p -> assertThat(p).contains("DRAFT"));

        page.locator("#approve-letter").click();
        assertThat(page.locator("#letter-status")).hasText("Approved");
        assertThat(page.locator("#print-hint")).containsText("records it as sent by post");
        assertThat(print("#print-letter", "ORIGINAL"))
                .allSatisfy(
                        p -> assertThat(p).contains("Thank you " + marker).doesNotContain("DRAFT", "COPY", "PREVIEW"));

        assertThat(page.locator("#letter-status")).hasText("Sent");
        assertThat(page.locator("#sent-info")).containsText("Sent by post by Colin Colleague " + marker + " on ");
        screenshot("letters-sent-by-post-en.png");
        assertThat(print("#print-copy", "COPY")).allSatisfy(p -> assertThat(p).contains("COPY"));
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
