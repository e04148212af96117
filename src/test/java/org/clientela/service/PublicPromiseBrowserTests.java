package org.clientela.service;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Public promises in Chromium: a manager registers the delivery time the website promises, sees that the
 * orders of June 2007 broke it, changes the promise to what is kept and sees the verdict turn, and
 * reads on the heat map that customers called on a Saturday morning, in Canary time.
 */
class PublicPromiseBrowserTests extends BrowserTest {

    private static final String WINDOW = "/service/public-promises?days=30&until=2007-06-30";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    private void orders(long customerId, int n, int daysToDeliver) {
        LocalDate monday = LocalDate.of(2007, 6, 4);
        for (int i = 0; i < n; i++) {
            jdbc.sql("""
                    INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                        created_at, delivered_on)
                    VALUES (:number, :customer, :ordered, 'EUR', 10, 0, :now, :delivered)""")
                    .param("number", marker + "-" + daysToDeliver + "-" + i)
                    .param("customer", customerId)
                    .param("ordered", Date.valueOf(monday))
                    .param("now", Timestamp.from(Instant.now()))
                    .param("delivered", Date.valueOf(monday.plusDays(daysToDeliver)))
                    .update();
        }
    }

    private Locator row(String statement) {
        return page.locator("#public-promises tbody tr", new Page.LocatorOptions().setHasText(statement));
    }

    @Test
    void aManagerAlignsThePromiseWithWhatIsKeptAndSeesWhenCustomersCall() {
        long buyer = customers().person("Sra. Plazos " + marker);
        orders(buyer, 12, 1);
        orders(buyer, 8, 4);
        for (int i = 0; i < 3; i++) {
            // Saturday 9 June 2007, 09:00 UTC: 10:00 in the Canaries (summer time).
            jdbc.sql("""
                    INSERT INTO service_case (reference, customer_id, case_type, channel, priority, status, subject,
                        update_every_days, opened_at, opened_by, updated_at, version)
                    VALUES (:reference, :customer, 'QUESTION', 'PHONE', 'NORMAL', 'OPEN', 'Sábado', 2, :at, 'ana', :at, 0)""")
                    .param("reference", marker + "-" + i)
                    .param("customer", buyer)
                    .param("at", Timestamp.from(Instant.parse("2007-06-09T09:00:00Z")))
                    .update();
        }
        signInAsAdmin();

        page.navigate("/service");
        page.locator("#nav-public-promises").click();
        assertThat(page.locator("h1")).hasText("Promesas públicas");
        page.locator("#new-public-promise").click();
        String statement = "Mañana en su casa " + marker;
        page.locator("#kind").selectOption("DELIVERY_TIME");
        page.locator("#statement").fill(statement);
        page.locator("#targetAmount").fill("1");
        page.locator("#targetUnit").selectOption("DAYS");
        page.locator("input[name=publishedIn][value=WEB]").check();
        page.locator("#save-public-promise").click();
        assertThat(page.locator(".alert-success")).hasText("Promesa pública guardada.");

        page.navigate(WINDOW);
        assertThat(row(statement).locator(".verdict"))
                .containsText("Prometemos entregar en 1 día; el 60 % de los 20 pedidos llegó a tiempo");
        assertThat(row(statement).locator(".verdict")).containsText("cambia hoy lo publicado en la web a 4 días");

        row(statement).getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.locator("#statement")).hasValue(statement);
        page.locator("#targetAmount").fill("4");
        page.locator("#save-public-promise").click();
        assertThat(page.locator(".alert-success")).hasText("Promesa pública guardada.");

        page.navigate(WINDOW);
        assertThat(row(statement).locator(".verdict"))
                .containsText("Prometemos entregar en 4 días; el 100 % de los 20 pedidos llegó a tiempo");
        assertThat(row(statement).locator(".verdict")).containsText("Se cumple: recuérdalo en la web");

        Locator saturdayAtTen = page.locator("#heat-map td[data-day=SATURDAY][data-hour='10']");
        assertThat(saturdayAtTen).hasText("3");
        assertThat(saturdayAtTen).hasAttribute("title", "Sábado de 10:00 a 11:00: 3 contactos");
        assertThat(page.locator("#heat-map td[data-day=MONDAY][data-hour='10']"))
                .hasClass(java.util.regex.Pattern.compile("open-hour"));
        assertThat(page.locator("#contact-hours-summary"))
                .containsText("De los 3 contactos de estos 30 días, 3 (100 %) llegaron fuera del horario de apertura");
        assertThat(page.locator("#contact-hours-summary")).containsText("el sábado de 10:00 a 11:00 (3 contactos)");
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
