package org.clientela.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Marking a customer lost from their page, then finding them behind the three questions, in Chromium. */
class LossBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aCustomerMarkedLostOnTheirPageAppearsInTheThreeQuestions() throws Exception {
        LossFixtures data = new LossFixtures(jdbc);
        LocalDate today = LocalDate.now(clock);
        long id = data.customer("Almacenes Perdomo");
        data.order(id, today.minusDays(90), "1200.00");
        data.order(id, today.minusDays(40), "800.00");
        signInAsAdmin();

        page.navigate("/customers/" + id);
        var card = page.locator("#loss-panel");
        assertThat(card.locator("#loss-status")).hasText("No consta como perdido.");
        card.locator("summary").click();
        card.locator("select#reason").selectOption(new SelectOption().setValue("OTHER"));
        card.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Marcar como perdido"))
                .click();
        assertThat(page.locator("#loss-panel #note ~ .invalid-feedback"))
                .hasText("Con el motivo «otro», cuenta en una nota qué pasó.");

        page.locator("#loss-panel select#reason").selectOption(new SelectOption().setValue("COMPETITOR"));
        page.locator("#loss-panel #note").fill("Se fue a un almacén de La Laguna por precio");
        page.locator("#loss-panel button[type=submit]").click();

        assertThat(page.locator(".alert-success")).containsText("Cliente marcado como perdido");
        assertThat(page.locator("#loss-panel #loss-status")).containsText("se fue a la competencia");
        assertThat(page.locator("#loss-panel")).containsText("Compraba 2.000,00 € al año");

        page.navigate("/retention");
        assertThat(page.locator("#q-how-many #lost-count")).not().hasText("0");
        assertThat(page.locator("#reason-table tr[data-reason=COMPETITOR]")).isVisible();
        assertThat(page.locator("#month-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#reason-chart")).hasAttribute("data-drawn", "true");
        screenshot("retention-questions.png");

        page.locator("#reason-table tr[data-reason=COMPETITOR] a").click();
        assertThat(page).hasURL(Pattern.compile(".*/retention/losses\\?reason=COMPETITOR.*"));
        assertThat(page.locator("#loss-table")).containsText("Almacenes Perdomo " + data.marker);
        assertThat(page.locator("#loss-table")).containsText("Se fue a un almacén de La Laguna por precio");

        page.navigate("/retention?lang=en");
        assertThat(page.locator("h1")).hasText("The three questions");
        assertThat(page.locator("#reason-table")).containsText("went to a competitor");

        page.navigate("/retention/concentration?lang=es");
        assertThat(page.locator("h1")).hasText("Concentración de ventas");
        assertThat(page.locator("#what-if")).isVisible();
        screenshot("retention-concentration.png");
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
