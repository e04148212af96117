package org.clientela.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Erasing a customer from the customer page in Chromium, on the demo business: the dry run lists
 * what will change, a wrong number typed is refused next to the field, the right one anonymises,
 * and the customers' search no longer finds them by their old name.
 */
@TestPropertySource(properties = "clientela.demo=true")
class ErasureBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminAnonymisesACustomerFromTheirPageAndTheSearchNoLongerFindsThem() {
        long customer = jdbc.sql("""
                        SELECT MAX(c.id) FROM customer c
                         WHERE c.kind = 'PERSON' AND c.id IN (SELECT o.customer_id FROM sales_order o)""").query(Long.class).single();
        String name = jdbc.sql("SELECT name FROM customer WHERE id = :id")
                .param("id", customer)
                .query(String.class)
                .single();
        String number = jdbc.sql("SELECT customer_number FROM customer WHERE id = :id")
                .param("id", customer)
                .query(String.class)
                .single();
        signInAsAdmin();

        page.navigate("/customers?q=" + name);
        assertThat(page.locator("#results a[href$='/customers/" + customer + "']")
                        .first())
                .isVisible();

        page.navigate("/customers/" + customer);
        assertThat(page.locator("#erasure-state")).hasText("Activo");
        page.locator("#erasure-anonymise").click();
        assertThat(page.locator("#erasure-changes")).containsText("customer");
        assertThat(page.locator("#erasure-changes")).not().containsText(name);

        page.locator("#erasure-confirmation").fill("otro-numero");
        page.locator("#erasure-submit").click();
        assertThat(page.locator("#erasure-confirmation-error")).isVisible();

        page.locator("#erasure-confirmation").fill(number);
        page.locator("#erasure-submit").click();
        assertThat(page).hasURL(Pattern.compile("/customers/" + customer + "$"));
        assertThat(page.locator("#erasure-state")).hasText("Anonimizado");

        page.navigate("/customers?q=" + name);
        assertThat(page.locator("#customer-total")).isVisible();
        assertThat(page.locator("#results a[href$='/customers/" + customer + "']"))
                .hasCount(0);
    }
}
