package org.clientela.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** Importing a spreadsheet from the page, in Chromium: progress, then every bad row, then success. */
class ImportBrowserTests extends BrowserTest {

    final String p = "W" + UUID.randomUUID().toString().substring(0, 6);

    private void upload(String csv) {
        page.navigate("/imports");
        page.locator("#kind-CUSTOMERS").check();
        page.locator("#file")
                .setInputFiles(new FilePayload("clientes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/imports/\\d+$"));
    }

    @Test
    void aFileWithABadRowShowsTheRowErrorsAndImportsNothingThenTheFixedFileImports() {
        signInAsAdmin();
        String bad = """
                customer_number;name;kind;email;phone
                %1$s-1;Ferretería Alonso;COMPANY;;922 40 50 60
                %1$s-2;;PERSON;sin-arroba;611 00 00 00
                """.formatted(p);
        upload(bad);

        var errors = page.locator("#import-errors tbody tr");
        assertThat(errors).hasCount(2);
        assertThat(errors.nth(0)).containsText("3");
        assertThat(errors.nth(0)).containsText("name");
        assertThat(errors.nth(1)).containsText("sin-arroba");
        assertThat(page.locator("#progress")).hasAttribute("data-status", "FAILED");

        page.navigate("/customers?q=" + p);
        assertThat(page.locator("#no-results")).isVisible();

        upload(bad.replace(";;PERSON;sin-arroba;", ";Rosa Alonso;PERSON;rosa@example.es;"));
        assertThat(page.locator("#import-done")).containsText("2 clientes nuevos");

        page.navigate("/customers?q=" + p);
        assertThat(page.locator("#results tbody tr")).hasCount(2);
    }
}
