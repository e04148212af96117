package org.clientela.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clientela.platform.SettingsStore;
import org.clientela.support.BrowserTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin changes the opening hours on the settings page, in Spanish, and reads the page in English. */
class SettingsBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore store;

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    @Test
    void anAdminOpensOnSaturdaysAndSeesItSavedThenReadsThePageInEnglish() throws Exception {
        signInAsAdmin();
        page.locator("#nav-admin").click();
        page.locator("a.dropdown-item[href='/settings']").click();
        assertThat(page.locator("h1")).hasText("Ajustes");
        assertThat(page.getByLabel("Abre el lunes")).hasValue("09:00");
        assertThat(page.getByLabel("Abre el sábado")).hasValue("");

        page.getByLabel("Abre el sábado").fill("10:00");
        page.getByLabel("Cierra el sábado").fill("14:00");
        page.getByLabel("Festivos").fill("2026-12-25, 2027-01-06");
        page.locator("#settings-save").click();

        assertThat(page.locator("#settings-saved")).hasText("Ajustes guardados.");
        page.reload();
        assertThat(page.getByLabel("Abre el sábado")).hasValue("10:00");
        assertThat(page.getByLabel("Cierra el sábado")).hasValue("14:00");
        assertThat(page.getByLabel("Festivos")).hasValue("2026-12-25,2027-01-06");
        assertThat(store.value("service.opening-hours")).isEqualTo("MON-FRI 09:00-18:00; SAT 10:00-14:00");
        screenshot("settings-es.png");

        // A wrong value is explained next to its field, and the rest of what was typed stays.
        page.getByLabel("Cierra el domingo").fill("12:00");
        page.locator("#settings-save").click();
        assertThat(page.locator("#settings-errors")).isVisible();
        assertThat(page.locator("#s-service-opening-hours")).containsText("Escribe la hora de apertura y la de cierre");
        assertThat(page.getByLabel("Cierra el domingo")).hasValue("12:00");

        page.navigate("/settings?lang=en");
        assertThat(page.locator("h1")).hasText("Settings");
        assertThat(page.locator("#settings-hours legend")).hasText("Opening hours and holidays");
        assertThat(page.getByLabel("Opens on Saturday")).hasValue("10:00");
        assertThat(page.getByLabel("Time zone")).hasValue("Atlantic/Canary");
        assertThat(page.locator("#s-retention-gross-margin-help")).containsText("What is left of each euro sold");
        screenshot("settings-en.png");
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
    }
}
