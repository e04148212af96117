package org.clientela.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Consents of a prospect and of a customer's contact person in Chromium: recorded on the prospect
 * page's card, and on the contact's own page reached from the customer's consents card, each
 * showing at once in that person's grid and nowhere else.
 */
@TestPropertySource(properties = "clientela.demo=true")
class PersonConsentBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProspectsConsentIsRecordedOnTheProspectPage() {
        String name = "Posible " + marker;
        jdbc.sql("""
                        INSERT INTO sales_prospect (name, sort_name, source, owner_username, created_at, updated_at)
                        VALUES (:name, :sort, 'LIST', 'admin', :now, :now)""")
                .param("name", name)
                .param("sort", name.toLowerCase())
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long prospect = jdbc.sql("SELECT id FROM sales_prospect WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        signInAsAdmin();

        page.navigate("/sales/prospects/" + prospect);
        waitUntilSettled();
        assertThat(page.locator("#panel-privacy-consents #consent-EMAIL-MARKETING"))
                .hasText("Sin preguntar");
        assertThat(page.locator("#panel-privacy-consents")).containsText("no le llega nada");

        page.locator("#record-consent").click();
        page.locator("#consent-channel").selectOption("EMAIL");
        page.locator("#consent-purpose").selectOption("MARKETING");
        page.locator("#consent-status").selectOption("GRANTED");
        page.locator("#consent-source").selectOption("PHONE");
        page.locator("#consent-text").fill("¿Te enviamos ofertas por e-mail? " + marker);
        page.locator("#save-consent").click();

        assertThat(page.locator("#consent-saved")).isVisible();
        assertThat(page.locator("#consent-EMAIL-MARKETING")).containsText("Acepta");
        assertThat(page.locator("#consent-PHONE-MARKETING")).hasText("Sin preguntar");
        page.reload();
        waitUntilSettled();
        assertThat(page.locator("#consent-EMAIL-MARKETING")).containsText("Acepta");
    }

    @Test
    void aContactsConsentIsRecordedOnTheirOwnPageFromTheCustomerPage() {
        long customer = new CustomerFixtures(context).person("Empresa " + marker);
        jdbc.sql("INSERT INTO contact (customer_id, position, name, email) VALUES (:c, 0, :name, :email)")
                .param("c", customer)
                .param("name", "Rosa " + marker)
                .param("email", "rosa." + marker + "@example.es")
                .update();
        signInAsAdmin();

        page.navigate("/customers/" + customer);
        waitUntilSettled();
        assertThat(page.locator("#contact-consents")).containsText("Rosa " + marker);
        assertThat(page.locator("#contact-consents")).containsText("sin preguntar");
        page.locator("#contact-consents a").first().click();
        waitUntilSettled();

        assertThat(page.locator("#consent-customer")).hasText("Rosa " + marker);
        assertThat(page.locator("#consent-of-customer")).containsText("Empresa " + marker);
        page.locator("#record-consent").click();
        page.locator("#consent-channel").selectOption("SMS");
        page.locator("#consent-purpose").selectOption("SURVEYS");
        page.locator("#consent-status").selectOption("REFUSED");
        page.locator("#consent-source").selectOption("IN_PERSON");
        page.locator("#consent-text").fill("¿Te preguntamos por SMS qué tal te atendimos? " + marker);
        page.locator("#save-consent").click();
        assertThat(page.locator("#consent-saved")).isVisible();
        assertThat(page.locator("#consent-SMS-SURVEYS")).containsText("Rechaza");

        // Back on the customer: their own grid is untouched, the contact's line says what they said.
        page.locator("#consent-customer").click();
        waitUntilSettled();
        assertThat(page.locator("#consent-SMS-SURVEYS")).hasText("Sin preguntar");
        assertThat(page.locator("#contact-consents")).containsText("SMS · Encuestas de satisfacción: Rechaza");
    }
}
