package org.clientela.satisfaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Customers' ideas and gestures in Chromium, on the demo business (the context the other demo
 * tours share): an idea logged from the customer page shows on it and in the list, where its owner
 * looks at it, adopts it and records the answer; a surprise logged from the customer page shows in
 * the ledger and its month; the effect of the demo's year of gestures is measured; the admin's
 * ideas due today are in their day; and a form sent wrong says what is wrong next to the field, in
 * Spanish and in English.
 */
@TestPropertySource(properties = "clientela.demo=true")
class IdeasAndGesturesBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    long aCustomer() {
        return jdbc.sql("SELECT MIN(id) FROM customer").query(Long.class).single();
    }

    @Test
    void anIdeaLoggedOnTheCustomerPageIsLookedAtAdoptedAndAnswered() {
        long customer = aCustomer();
        String text = "Vender el pan de centeno también en medias piezas " + marker;
        signInAsAdmin();

        page.navigate("/customers/" + customer);
        assertThat(page.locator("#customer-ideas")).isVisible();
        page.locator("#log-idea").click();
        page.locator("#idea-text").fill(text);
        page.locator("#idea-area").selectOption("PRODUCT");
        page.locator("#idea-channel").selectOption("IN_PERSON");
        page.locator("#save-customer-idea").click();
        assertThat(page).hasURL(Pattern.compile("/customers/" + customer + "$"));
        assertThat(page.locator("#customer-idea-list")).containsText(text);

        // Sent without its text, the short form comes back whole with the reason next to the field.
        page.locator("#log-idea").click();
        page.locator("#save-customer-idea").click();
        assertThat(page.locator("#idea-form textarea[name=text]")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#idea-form .invalid-feedback").first()).hasText("Falta este dato.");

        page.navigate("/satisfaction/ideas");
        assertThat(page.locator("#idea-table")).containsText(text);
        page.locator("#idea-table a.idea-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText(text))
                .click();
        assertThat(page.locator("#idea-status")).hasText("Recibida");
        page.locator("#status").selectOption("LOOKING");
        page.locator("#save-idea").click();
        assertThat(page.locator("#idea-status")).hasText("En estudio");
        page.locator("#status").selectOption("ADOPTED");
        page.locator("#answer").fill("Desde el lunes hay medias piezas de centeno.");
        page.locator("#save-idea").click();
        assertThat(page.locator("#idea-status")).hasText("Adoptada");
        assertThat(page.locator("#idea-answer")).containsText("Desde el lunes hay medias piezas de centeno.");

        LocalDate today = LocalDate.now();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        page.navigate("/satisfaction/ideas?status=ADOPTED");
        assertThat(page.locator("#idea-table")).containsText(text);
        assertThat(page.locator("#adopted-per-quarter tr[data-quarter='" + quarter + "']"))
                .isVisible();
        page.navigate("/satisfaction/ideas?status=RECEIVED");
        assertThat(page.locator("#idea-table")).not().containsText(text);
    }

    @Test
    void theAdminsIdeasDueTodayAreInTheirDay() {
        signInAsAdmin();
        page.navigate("/my-day");
        assertThat(page.locator("#my-idea-follow-ups")).isVisible();
        assertThat(page.locator("#idea-day-list li").first()).isVisible();
    }

    @Test
    void aSurpriseLoggedOnTheCustomerPageShowsInTheLedgerAndItsMonth() {
        long customer = aCustomer();
        String description = "Muestra del queso curado nuevo " + marker;
        signInAsAdmin();

        page.navigate("/customers/" + customer);
        assertThat(page.locator("#customer-gestures")).isVisible();
        page.locator("#log-gesture").click();
        page.locator("#gesture-type").selectOption("SAMPLE");
        page.locator("#gesture-description").fill(description);
        page.locator("#gesture-cost").fill("2,50");
        page.locator("#gesture-reason").fill("Compra queso cada semana");
        page.locator("#save-customer-gesture").click();
        assertThat(page).hasURL(Pattern.compile("/customers/" + customer + "$"));
        assertThat(page.locator("#customer-gesture-list")).containsText(description);

        page.locator("#log-gesture").click();
        page.locator("#gesture-description").fill("Otra muestra");
        page.locator("#gesture-cost").fill("unos euros");
        page.locator("#save-customer-gesture").click();
        assertThat(page.locator("#gesture-form input[name=cost] + .invalid-feedback"))
                .hasText("Escribe el coste como un número, por ejemplo 12,50.");

        page.navigate("/satisfaction/gestures");
        assertThat(page.locator("#gesture-table")).containsText(description);
        assertThat(page.locator("#gesture-table")).containsText("Una muestra");
        String month = LocalDate.now().toString().substring(0, 7);
        assertThat(page.locator("#gesture-months tr[data-month='" + month + "']"))
                .isVisible();
        // The demo's year of gestures is enough to measure: both groups and the two differences.
        assertThat(page.locator("#effect-treated .effect-customers")).not().hasText("0");
        assertThat(page.locator("#effect-compared .effect-customers")).not().hasText("0");
        assertThat(page.locator("#gesture-effect-rate")).isVisible();
        assertThat(page.locator("#gesture-effect-revenue")).isVisible();
    }

    @Test
    void theIdeasFiltersFitATabletWithoutBreakingAWordOrCuttingADate() {
        signInAsAdmin();
        page.setViewportSize(768, 1000);
        page.navigate("/satisfaction/ideas?lang=en");
        assertThat(page.locator("#idea-filters button[type=submit]")).hasText("Show");
        // The button's column was a twelfth of the row: "Sh|ow".
        org.assertj.core.api.Assertions.assertThat(wordsBrokenMidWay()).isNull();
        org.assertj.core.api.Assertions.assertThat(narrowDateFields()).isNull();
        // Beside the page's side column a sixth of the row was 118 px: "12/08/20".
        page.setViewportSize(1024, 900);
        page.reload();
        org.assertj.core.api.Assertions.assertThat(narrowDateFields()).isNull();
    }

    @Test
    void aFormSentWrongSaysWhyInEnglishToo() {
        long customer = aCustomer();
        signInAsAdmin();
        page.navigate("/satisfaction/gestures/new?customerId=" + customer + "&lang=en");
        page.locator("#description").fill("A note");
        page.locator("#cost").fill("-3");
        page.locator("#gesture-form button[type=submit]").click();
        assertThat(page.locator("#gesture-form input[name=cost] + .invalid-feedback"))
                .hasText("The cost goes from 0 to 100000.00.");
        page.navigate("/satisfaction/ideas/new?customerId=" + customer);
        page.locator("#followUpOn").fill(LocalDate.now().minusDays(2).toString());
        page.locator("#idea-form button[type=submit]").click();
        assertThat(page.locator("#idea-form textarea[name=text] + .invalid-feedback"))
                .hasText("This is missing.");
        assertThat(page.locator("#idea-form input[name=followUpOn] + .invalid-feedback"))
                .hasText("The follow-up date cannot be before today.");
        page.navigate("/satisfaction/ideas?lang=es");
    }
}
