package org.clientela.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.Customers;
import org.clientela.platform.Role;
import org.clientela.platform.UserDirectory;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer list as a person works it: search, filter and sort kept in the address (Back and a
 * shared link show the same list), the total, the export of exactly that list, and assigning
 * several customers at once, in Spanish and English.
 */
class CustomerListBrowserTests extends BrowserTest {

    @Autowired
    Customers customers;

    @Autowired
    UserDirectory users;

    final String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private void customer(String name, String city, LifecycleStatus status) {
        customers.create(
                null,
                new CustomerDetails(
                        CustomerKind.COMPANY,
                        name,
                        null,
                        null,
                        null,
                        null,
                        city,
                        null,
                        null,
                        status,
                        null,
                        List.of(),
                        List.of()));
    }

    private Locator rows() {
        return page.locator("#customer-table tbody tr");
    }

    @Test
    void searchFilterAndSortStayInTheAddressTheExportCarriesThemAndTwoCustomersAreAssignedAtOnce() {
        String ana = "ana-" + marker;
        users.ensure(ana, "Ana", Role.SALES);
        customer("Ferretería Quintana " + marker, "Santa Cruz", LifecycleStatus.CUSTOMER);
        customer("Ferretería Atlántico " + marker, "Adeje", LifecycleStatus.CUSTOMER);
        customer("Ferretería Perdida " + marker, "Arona", LifecycleStatus.LOST);
        signInAsAdmin();
        page.navigate("/customers");
        page.waitForFunction("() => window.htmx !== undefined");

        page.locator("#q").pressSequentially("Ferretería " + marker);
        assertThat(rows()).hasCount(3);
        assertThat(page.locator("#customer-total")).hasText("3 clientes");
        assertThat(page).hasURL(Pattern.compile(".*/customers\\?q=Ferreter[^&]*" + marker + ".*"));

        page.locator("#status-filter").selectOption("CUSTOMER");
        assertThat(rows()).hasCount(2);
        assertThat(page.locator("#customer-total")).hasText("2 clientes");
        assertThat(page).hasURL(Pattern.compile(".*status=CUSTOMER.*"));

        page.locator("th a[data-sort=city]").click();
        assertThat(page).hasURL(Pattern.compile(".*status=CUSTOMER&sort=city&dir=asc$"));
        assertThat(rows().nth(0)).containsText("Adeje");
        page.locator("th a[data-sort=city]").click();
        assertThat(page).hasURL(Pattern.compile(".*sort=city&dir=desc$"));
        assertThat(rows().nth(0)).containsText("Santa Cruz");
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Localidad");
        assertThat(page.locator("#export-csv"))
                .hasAttribute(
                        "href",
                        Pattern.compile("/customers/export\\.csv\\?q=Ferreter.*" + marker
                                + "&status=CUSTOMER&sort=city&dir=desc$"));

        rows().nth(0).getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.locator("#customer-name")).hasText("Ferretería Quintana " + marker);
        page.goBack();
        assertThat(page.locator("#q")).hasValue("Ferretería " + marker);
        assertThat(page.locator("#status-filter")).hasValue("CUSTOMER");
        assertThat(rows()).hasCount(2);
        assertThat(rows().nth(0)).containsText("Santa Cruz");

        page.locator("th input[data-select-all]").check();
        page.locator("#bulk-owner").selectOption(ana);
        page.locator("#bulk-assign").click();
        assertThat(page.locator("#bulk-question")).hasText("¿Asignar estos 2 clientes a " + ana + "?");
        assertThat(page.locator("#bulk-chosen li")).hasCount(2);
        page.locator("#bulk-confirm").click();

        assertThat(page.locator("#bulk-done")).hasText("2 clientes asignados a " + ana + ".");
        assertThat(page).hasURL(Pattern.compile(".*status=CUSTOMER&sort=city&dir=desc$"));
        assertThat(rows()).hasCount(2);
    }

    @Test
    void speaksEnglishAndOneRowIsTickedAlone() {
        String bea = "bea-" + marker;
        users.ensure(bea, "Bea", Role.SALES);
        customer("Hardware One " + marker, "Adeje", LifecycleStatus.CUSTOMER);
        customer("Hardware Two " + marker, "Arona", LifecycleStatus.CUSTOMER);
        signInAsAdmin();
        page.navigate("/customers?lang=en&q=" + marker + "&sort=name&dir=desc");

        assertThat(page.locator("#customer-total")).hasText("2 customers");
        assertThat(page.locator("th[aria-sort=descending]")).containsText("Name");
        assertThat(rows().nth(0)).containsText("Hardware Two");

        rows().nth(1).locator("input[name=ids]").check();
        assertThat(page).hasURL(Pattern.compile(".*dir=desc$"));
        // Choosing the owner must not search again: the fresh list would come back with nothing ticked.
        List<String> searches = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/customers/rows")) {
                searches.add(request.url());
            }
        });
        page.locator("#bulk-owner").selectOption(bea);
        page.locator("#bulk-assign").click();
        assertThat(page.locator("#bulk-question")).hasText("Assign this customer to " + bea + "?");
        Assertions.assertThat(searches)
                .as("searches sent by choosing the owner")
                .isEmpty();
        page.locator("#bulk-confirm").click();
        assertThat(page.locator("#bulk-done")).hasText("1 customer assigned to " + bea + ".");
    }
}
