package org.clientela.retention.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager fits the model and checks it against the last weeks, and sees the chart, in Chromium. */
class RetentionModelBrowserTests extends BrowserTest {

    static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    @Autowired
    CustomerImporter customerImporter;

    @Autowired
    OrderImporter orderImporter;

    @Autowired
    CustomerDirectory directory;

    @Test
    void fitsTheModelChecksItAndDrawsTheChart() {
        LocalDate today = LocalDate.now();
        SimulatedShop.open(
                customerImporter,
                orderImporter,
                directory,
                "B" + UUID.randomUUID().toString().substring(0, 6),
                150,
                today.minusWeeks(80),
                today.minusDays(1),
                11);
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onResponse(response -> {
            // Chromium asks for a favicon on its own; every other missing file is a fault of the page.
            if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
                errors.add(response.status() + " " + response.url());
            }
        });
        signInAsAdmin();

        page.navigate("/retention/model");
        assertThat(page.locator("a.nav-link.active")).hasText("Modelo");
        page.locator("#fit-now").click();
        // Fitting runs in the request: on a busy machine it takes longer than Playwright's default wait.
        assertThat(page.locator(".alert-success")).containsText("Modelo ajustado", SLOW);
        assertThat(page.locator("#explain-rate")).containsText("veces por semana");
        assertThat(page.locator("#explain-rate")).containsText("el cliente típico");
        // The parameters are for analysts: folded away until asked for.
        assertThat(page.locator("#param-rate")).isHidden();
        page.locator("#model-parameters summary").click();
        assertThat(page.locator("#param-rate")).isVisible();
        assertThat(page.locator("#param-rate")).containsText("r = ");

        // The form offers the newest order's day and 26 weeks before it; the check here learns up to
        // 40 weeks before the last order.
        LocalDate newest = LocalDate.parse(page.locator("#holdoutEnd").inputValue());
        // Other browser tests share the database and may have orders of today.
        assertThat(newest).isBetween(today.minusWeeks(3), today);
        assertThat(page.locator("#calibrationEnd"))
                .hasValue(newest.minusWeeks(26).toString());
        page.locator("#calibrationEnd").fill(newest.minusWeeks(40).toString());
        page.locator("#check-now").click();
        assertThat(page.locator(".alert-success")).containsText("Comprobación hecha", SLOW);
        assertThat(page.locator("#check-table tbody tr")).hasCount(8);
        // How the radar's order as of the calibration end did over the checked weeks, in words.
        assertThat(page.locator("#check-ranking")).containsText("El orden del radar en esas fechas: de los ");
        assertThat(page.locator("#check-ranking")).containsText(" no volvieron a comprar; de ");
        assertThat(page.locator("#tracking-caption")).containsText("el modelo aprendió; después predijo");
        assertThat(page.locator("svg#tracking-weekly polyline.actual")).isVisible();
        assertThat(page.locator("svg#tracking-cumulative polyline.predicted")).isVisible();
        // A vertical line has no width, so Playwright calls it hidden: its label is what shows.
        assertThat(page.locator("svg#tracking-weekly .calibration-end text")).isVisible();
        assertThat(page.locator("svg#tracking-weekly .calibration-end line")).hasCount(1);
        assertThat(page.locator("canvas#holdout-chart")).isVisible();
        page.waitForFunction("() => document.getElementById('holdout-chart').chart !== undefined");
        Object bars = page.evaluate("() => document.getElementById('holdout-chart').chart.data.datasets.length");
        assertThat(((Number) bars).intValue()).isEqualTo(2);
        assertThat(errors).isEmpty();
    }
}
