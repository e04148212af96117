package org.clientela.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.util.Map;
import org.clientela.sales.ProspectPersonalData;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A prospect who never became a customer, from their page in Chromium, on the demo business: an
 * admin downloads their data, opens "Olvidar a esta persona", reads what will change, is stopped
 * until the box is ticked, forgets them, and the prospects' search no longer finds them.
 */
@TestPropertySource(properties = "clientela.demo=true")
class ProspectDataBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminDownloadsThenForgetsAProspectFromTheirPage() throws Exception {
        long prospect = jdbc.sql("""
                        SELECT MAX(id) FROM sales_prospect
                         WHERE customer_id IS NULL AND anonymised_at IS NULL AND email IS NOT NULL""").query(Long.class).single();
        String name = jdbc.sql("SELECT name FROM sales_prospect WHERE id = :id")
                .param("id", prospect)
                .query(String.class)
                .single();
        signInAsAdmin();

        page.navigate("/sales/prospects/" + prospect);
        Download download = page.waitForDownload(
                () -> page.locator("#prospect-privacy-download").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("prospect-personal-data-" + prospect + ".zip");
        Map<String, String> entries = PersonalDataExportTests.entries(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(entries.get("summary.html")).contains("Datos personales de");

        page.locator("#prospect-privacy-forget").click();
        assertThat(page.locator("#prospect-erasure-changes"))
                .containsText("el nombre pasa a ser «" + ProspectPersonalData.marker(prospect) + "»");
        assertThat(page.locator("#prospect-erasure-changes")).not().containsText(name);

        page.locator("#prospect-erasure-submit").click();
        assertThat(page.locator("#prospect-erasure-confirmation-error")).isVisible();

        page.locator("#prospect-erasure-confirmed").check();
        page.locator("#prospect-erasure-submit").click();
        assertThat(page.locator("#prospect-erasure-done")).isVisible();
        assertThat(page.locator("#prospect-erasure-back")).hasText(ProspectPersonalData.marker(prospect));

        page.navigate("/sales/prospects?q=" + name);
        assertThat(page.locator("#results")).isVisible();
        assertThat(page.locator("#results a[href$='/sales/prospects/" + prospect + "']"))
                .hasCount(0);
    }
}
