package org.clientela.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A customer asks for their data, in Chromium: the admin registers an access request from the
 * customer's page, finds it in the register due a month later, downloads the person's data from
 * the request and finds their name in the archive; then records the answer.
 */
class RightsRequestBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAccessRequestIsRegisteredAndThePersonsDataDownloadedAndAnswered() throws Exception {
        String name = "Lucía Pidedatos " + marker;
        long customer = new CustomerFixtures(context).personWithEmail(name, "lucia." + marker + "@example.es");
        signInAsAdmin();

        page.navigate("/customers/" + customer);
        page.locator("#personal-data-request").click();
        assertThat(page.locator("#request-customer")).hasText(name);
        page.locator("#kind").selectOption("ACCESS");
        page.locator("#channel").selectOption("EMAIL");
        page.locator("#details").fill("Quiere saber qué datos tenemos " + marker);
        page.locator("#request-save").click();
        assertThat(page).hasURL(Pattern.compile("/privacy/requests/\\d+$"));
        assertThat(page.locator("#request-status")).hasText("Abierta");

        page.navigate("/privacy/requests");
        assertThat(page.locator("#request-table")).containsText(name);
        page.locator("#request-table tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))
                .locator("a.request-link")
                .click();

        Download download =
                page.waitForDownload(() -> page.locator("#request-export").click());
        assertThat(download.suggestedFilename()).isEqualTo("personal-data-" + customer + ".zip");
        Map<String, String> entries = PersonalDataExportTests.entries(Files.readAllBytes(download.path()));
        assertThat(entries.get("customer.json")).contains(name);
        assertThat(entries.get("rights-requests.json")).contains("Quiere saber qué datos tenemos " + marker);
        assertThat(entries.get("summary.html")).contains("Datos personales de " + name);

        page.locator("#text-answer").fill("Le enviamos el archivo por correo.");
        page.locator("#request-answer button").click();
        assertThat(page.locator("#request-status")).hasText("Respondida");
        assertThat(page.locator("#request-outcome")).hasText("Le enviamos el archivo por correo.");
    }
}
