package org.clientela.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monthly review in Chromium: run the radar, read why the customer to call is at risk, record the
 * call, see it on the customer page.
 */
class RadarPagesBrowserTests extends BrowserTest {

    @Autowired
    CustomerImporter customerImporter;

    @Autowired
    OrderImporter orderImporter;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final String marker = "B" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void runsTheRadarReadsTheExplanationAndRecordsTheCall() throws Exception {
        aDecliningCustomer();
        signInAsAdmin();

        page.navigate("/retention/radar");
        page.locator("#run-radar").click();
        // htmx polls the run's progress until it is done.
        assertThat(page.locator("#radar-last-run")).isVisible();
        // A fast run can be done before the page is drawn (then the signals are already there and no
        // reload link is offered); opening the page again shows them either way.
        page.navigate("/retention/radar");

        var signal = page.locator(
                "tr.signal-row", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Panadería " + marker));
        assertThat(signal).containsText("El pedido medio bajó de");
        assertThat(signal).containsText("Llamada pendiente");
        assertThat(page.locator("#radar-chart")).hasAttribute("data-drawn", "true");

        // The call is among the run's calls of its owner, saying why.
        var row = page.locator(
                ".owner-calls[data-owner=admin] tr.call-row",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Panadería " + marker));
        assertThat(row).containsText("Pedido medio en caída");
        assertThat(row).containsText("El pedido medio bajó de");
        assertThat(row).containsText("Llamada pendiente");

        // A control character (it slips in when pasting from another program) is refused by a page that
        // says so, and going back brings the form back with what was typed.
        row.locator("input[name=note]").fill("Ahora compra\001 en un mayorista");
        row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.locator("#error-reason")).containsText("carácter invisible");
        page.locator("a[data-back]").click();
        assertThat(page).hasURL(Pattern.compile(".*/retention/radar.*"));
        row = page.locator(
                ".owner-calls[data-owner=admin] tr.call-row",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("Panadería " + marker));
        assertThat(row.locator("input[name=note]")).hasValue("Ahora compra\001 en un mayorista");

        row.locator("select[name=outcome]").selectOption("REASON_FOUND");
        row.locator("input[name=note]").fill("Ahora compra en un mayorista");
        row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)
                        .first())
                .containsText("Resultado de la llamada anotado.");
        row = page.locator(
                "tr.call-row", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Panadería " + marker));
        assertThat(row).containsText("Sabemos el motivo");
        assertThat(row).containsText("Ahora compra en un mayorista");

        row.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Panadería " + marker))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("#radar-card")).containsText("El pedido medio bajó de");
        assertThat(page.locator("#radar-card")).containsText("Llamada hecha");
    }

    /** Every 10 days for 15 months: 182 € an order, 97 € in the last three months. */
    private void aDecliningCustomer() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Atlantic/Canary"));
        Path customers = Files.createTempFile("customers", ".csv");
        Files.writeString(
                customers,
                "customer_number,name,kind,email,phone,owner\n" + marker + ",Panadería " + marker
                        + ",COMPANY,,,admin\n",
                StandardCharsets.UTF_8);
        customerImporter.importCsv(customers, ImportProgress.NONE);
        List<String> rows =
                new ArrayList<>(List.of("customer_number,order_number,order_date,sku,category,quantity,amount"));
        int n = 0;
        for (int d = 450; d >= 2; d -= 10) {
            LocalDate day = today.minusDays(d);
            String amount = day.isAfter(today.minusMonths(3)) ? "97.00" : "182.00";
            rows.add(marker + "," + marker + "-" + (++n) + "," + day + ",PAN-1,Pan,1," + amount);
        }
        Path orders = Files.createTempFile("orders", ".csv");
        Files.write(orders, rows, StandardCharsets.UTF_8);
        orderImporter.importCsv(orders, ImportProgress.NONE);
        // The ranking a run leaves (the run writes it; written here too, so the call is chosen from it
        // whatever the ranking makes of a single customer).
        jdbc.sql("""
                INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                       risk_score, risk_rank, year_spend, money_at_risk, signals)
                SELECT id, 0, :asOf, 45, 2, 0.5, 1, 3000, 1500, 'AOV_DECLINE' FROM customer WHERE customer_number = :n""").param("asOf", today.minusDays(1)).param("n", marker).update();
    }
}
