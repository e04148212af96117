package org.clientela.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.clientela.customers.internal.Contact;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.Customers;
import org.clientela.customers.internal.DecisionLevel;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding a customer while the phone rings, the customer 360 page and the customer form, in Chromium. */
class CustomerPagesBrowserTests extends BrowserTest {

    @Autowired
    Customers customers;

    /** A unique marker so tests sharing the application's database never see each other's customers. */
    final String marker = UUID.randomUUID().toString().substring(0, 8);

    private Customer customer(String name, String phone) {
        return customers.create(
                null,
                new CustomerDetails(
                        CustomerKind.PERSON,
                        name,
                        null,
                        null,
                        phone,
                        null,
                        null,
                        null,
                        null,
                        LifecycleStatus.CUSTOMER,
                        null,
                        List.of(),
                        List.of()));
    }

    /** Sign-in lands on the home page: go to the list, and wait for its scripts before typing. */
    private void openCustomerList() {
        page.navigate("/customers");
        page.waitForFunction("() => window.htmx !== undefined");
    }

    @Test
    void findsACustomerByAPieceOfThePhoneAsYouTypeAndOpensTheirPage() {
        String digits = "6" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String phone = "+34 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        Customer wanted = customer("Marta Llorente " + marker, phone);
        signInAsAdmin();
        openCustomerList();

        page.locator("#q").pressSequentially(digits.substring(2, 8));

        var row = page.locator("#results tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Marta Llorente " + marker);
        // The address follows the search, so Back from the customer shows it again.
        assertThat(page).hasURL(Pattern.compile(".*/customers\\?q=" + digits.substring(2, 8) + "$"));

        row.getByRole(AriaRole.LINK).click();

        assertThat(page).hasURL(Pattern.compile(".*/customers/" + wanted.getId() + "$"));
        assertThat(page.locator("#customer-name")).hasText("Marta Llorente " + marker);
        assertThat(page.locator("#customer-number")).hasText(wanted.getCustomerNumber());
    }

    @Test
    void saysWhenNothingMatches() {
        signInAsAdmin();
        openCustomerList();
        page.locator("#q").pressSequentially("zz" + marker);
        assertThat(page.locator("#no-results")).containsText("zz" + marker);
        assertThat(page.locator("#results tbody tr")).hasCount(0);
    }

    @Test
    void showsValidationMessagesNextToTheFieldInTheReadersLanguage() {
        signInAsAdmin();
        page.navigate("/customers/new");
        page.locator("#phone").fill("llámame");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                .click();

        assertThat(page.locator("#name")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#name ~ .invalid-feedback")).isVisible();
        assertThat(page.locator("#name ~ .invalid-feedback")).hasText("no debe estar vacío");
        assertThat(page.locator("#phone ~ .invalid-feedback"))
                .hasText("Un teléfono solo lleva números, espacios y + ( ) - . /");

        page.navigate("/customers/new?lang=en");
        page.locator("#phone").fill("call me");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#name ~ .invalid-feedback")).hasText("must not be blank");
        assertThat(page.locator("#phone ~ .invalid-feedback"))
                .hasText("A phone number holds only digits, spaces and + ( ) - . /");
        assertThat(page.locator("#phone")).hasValue("call me");
    }

    @Test
    void showsMarkupTypedIntoTheFormAsPlainText() {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        String name = "<script>window.pwned=1</script><b>Negrita</b> " + marker;
        String notes = "<img src=x onerror=\"alert('xss')\"> nota";
        signInAsAdmin();
        page.navigate("/customers/new");
        page.locator("#name").fill(name);
        page.locator("#notes").fill(notes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Guardar"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("#customer-name")).hasText(name);
        assertThat(page.locator("#customer-name b")).hasCount(0);
        assertThat(page.locator("#customer-name script")).hasCount(0);
        assertThat(page.locator(".notes")).hasText(notes);
        assertThat(page.locator(".notes img")).hasCount(0);
        assertThat(page.evaluate("() => typeof window.pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    /**
     * The picture of the customer 360 page in the README. It is written to {@code target/screenshots};
     * to refresh the README's copy run
     * {@code ./mvnw test -Dtest=CustomerPagesBrowserTests -Dclientela.screenshot-dir=docs/images}.
     */
    @Test
    void takesTheScreenshotOfTheCustomer360Page() throws Exception {
        Customer shown = customers.create(
                null,
                new CustomerDetails(
                        CustomerKind.COMPANY,
                        "Ferretería Hermanos Quintana",
                        "B38123456",
                        "compras@ferreteriaquintana.es",
                        "+34 922 615 204",
                        "Calle La Marina 14",
                        "Santa Cruz de Tenerife",
                        "38001",
                        null,
                        LifecycleStatus.CUSTOMER,
                        "Pedido fuerte en marzo y septiembre. Prefiere que le llamen por la mañana.",
                        List.of("mayorista", "puntual"),
                        List.of(
                                new Contact(
                                        "Rosa Quintana",
                                        "Gerente",
                                        DecisionLevel.DECISION_MAKER,
                                        "rosa@ferreteriaquintana.es",
                                        "+34 600 112 233"),
                                new Contact(
                                        "Iván Delgado",
                                        "Compras",
                                        DecisionLevel.INFLUENCER,
                                        null,
                                        "+34 600 445 566"))));
        signInAsAdmin();
        page.navigate("/customers/" + shown.getId());
        assertThat(page.locator("#customer-name")).hasText("Ferretería Hermanos Quintana");

        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve("customer-360.png");
        Files.deleteIfExists(file);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));

        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
