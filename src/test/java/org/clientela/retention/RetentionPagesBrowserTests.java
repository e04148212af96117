package org.clientela.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** From the segments to a segment's customers, then an idea applied to that segment, in Chromium. */
class RetentionPagesBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void fromTheSegmentsToAnIdeaAppliedToOneAndItsFirstResult() {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long cat = f.category("Café");
        LocalDate today = LocalDate.now(clock);
        long champion = f.customer("Campeona");
        for (int i = 0; i < 40; i++) {
            f.order(champion, today.minusDays(i), cat, "5000.00");
        }
        for (int i = 0; i < 20; i++) {
            f.order(f.customer("Ocasional " + i), today.minusDays(400 + i), cat, "8.00");
        }
        signInAsAdmin();

        page.navigate("/retention/segments");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calcular ahora"))
                .click();
        assertThat(page.locator("#segments-run")).containsText("Calculado el");
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('segment-chart'))");
        page.locator("#segment-champions a").click();

        assertThat(page).hasURL(Pattern.compile(".*/retention/segments/champions$"));
        assertThat(page.locator("#segment-name")).hasText("Campeones");
        Locator row =
                page.locator("#member-table tbody tr", new Page.LocatorOptions().setHasText("Campeona " + f.marker));
        assertThat(row).hasCount(1);

        page.navigate("/retention/plan");
        page.locator("#new-idea").click();
        assertThat(page.locator("#source")).hasValue("Reunión de equipo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                .click();
        assertThat(page.locator("#title ~ .invalid-feedback")).hasText("no debe estar vacío");
        page.locator("#title").fill("Desayuno para campeones " + f.marker);
        page.locator("#proposedBy").fill("Marta");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                .click();

        Locator idea = page.locator(
                "#idea-table tbody tr", new Page.LocatorOptions().setHasText("Desayuno para campeones " + f.marker));
        assertThat(idea).containsText("propuesta por Marta");
        idea.locator(".apply-idea").click();
        page.locator("#segment").selectOption("champions");
        page.locator("#start-action").click();

        assertThat(page).hasURL(Pattern.compile(".*/retention/plan/actions/\\d+$"));
        assertThat(page.locator("#action-title")).hasText("Desayuno para campeones " + f.marker);
        assertThat(page.locator("#not-enough-data")).containsText("Aún no hay datos suficientes");

        page.navigate("/customers/" + champion);
        assertThat(page.locator("#panel-rhythm")).containsText("Campeones");
        assertThat(page.locator("#panel-what-else")).containsText("Nada que sugerir");
    }
}
