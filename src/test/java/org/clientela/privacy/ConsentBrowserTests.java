package org.clientela.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Consents in Chromium, on the demo business (the context the other demo tours share): an answer
 * recorded on the customer page with the keyboard alone shows in the grid at once, in words, and in
 * the history with the words the customer was shown; a form sent without those words says so next
 * to the field.
 */
@TestPropertySource(properties = "clientela.demo=true")
class ConsentBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aConsentRecordedOnTheCustomerPageWithTheKeyboardShowsInTheGrid() {
        long customer = new CustomerFixtures(context).person("Consentidora " + marker);
        String text = "¿Podemos preguntarte por e-mail qué tal te atendimos? " + marker;
        signInAsAdmin();

        page.navigate("/customers/" + customer);
        waitUntilSettled();
        assertThat(page.locator("#consent-EMAIL-SURVEYS")).hasText("Sin preguntar");

        page.locator("#record-consent").focus();
        page.keyboard().press("Enter");
        page.locator("#consent-channel").focus();
        page.locator("#consent-channel").selectOption("EMAIL");
        page.locator("#consent-purpose").selectOption("SURVEYS");
        page.locator("#consent-status").selectOption("GRANTED");
        page.locator("#consent-source").selectOption("PHONE");
        page.locator("#save-consent").focus();
        page.keyboard().press("Enter");
        // Without its words the answer is not recorded, and the reason stands next to the field.
        assertThat(page.locator("#consent-text")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#consent-form .invalid-feedback").first())
                .hasText("Escribe el texto exacto que se le mostró al cliente.");
        assertThat(page.locator("#consent-EMAIL-SURVEYS")).hasText("Sin preguntar");

        page.locator("#consent-text").focus();
        page.keyboard().type(text);
        page.keyboard().press("Tab");
        assertThat(page.locator("#save-consent")).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#consent-saved")).isVisible();
        assertThat(page.locator("#consent-EMAIL-SURVEYS")).containsText("Acepta");
        assertThat(page.locator("#consent-EMAIL-MARKETING")).hasText("Sin preguntar");
        page.locator("#consent-history summary").click();
        assertThat(page.locator("#consent-history")).containsText(text);
        assertThat(page.locator("#consent-history")).containsText("Por teléfono");

        page.reload();
        waitUntilSettled();
        assertThat(page.locator("#consent-EMAIL-SURVEYS")).containsText("Acepta");
    }
}
