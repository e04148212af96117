package org.clientela.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's morning: sign in, land on the home page, see every card filled, follow a card to what
 * is behind it. In Spanish on a laptop (1366 px) and in English on a phone (390 px).
 */
class HomeBrowserTests extends BrowserTest {

    static final List<String> CARDS =
            List.of("revenue", "returning", "losses", "calls", "promises", "over-target", "concentration");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    final String marker = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    /** A customer who bought today, so the sales card has something of this test to lead to. */
    private String orderToday() {
        String number = "HB-" + marker;
        jdbc.sql("""
                        INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, created_at, updated_at)
                        VALUES (:number, 'COMPANY', :name, 'CUSTOMER', :sort, :now, :now)""")
                .param("number", number)
                .param("name", "Hogar " + marker)
                .param("sort", "hogar " + marker)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long customer = jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'EUR', :total, 1, :now)""")
                .param("number", "HO-" + marker)
                .param("customer", customer)
                .param("date", LocalDate.now(clock))
                .param("total", new BigDecimal("123.45"))
                .param("now", Timestamp.from(Instant.now()))
                .update();
        return "HO-" + marker;
    }

    private void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
            Files.createDirectories(folder);
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void everyCardIsFilled() {
        for (String card : CARDS) {
            var body = page.locator("#home-card-" + card + " .card-body");
            assertThat(body.locator(".home-figure, .home-empty").first()).isVisible();
            assertThat(body.locator(".spinner-border")).hasCount(0);
            assertThat(body).not().containsText("??");
        }
    }

    @Test
    void theOwnerLandsOnTheHomePageAndFollowsTheSalesCardToTheOrders() {
        page.setViewportSize(1366, 768);
        String order = orderToday();

        signInAsAdmin();

        assertThat(page).hasURL(Pattern.compile("^https?://[^/]+/$"));
        assertThat(page.locator("h1")).hasText("Cómo va tu negocio");
        assertThat(page.locator("#nav-home")).hasText("Inicio");
        assertThat(page.locator("#home-card-revenue .card-header")).hasText("Ventas del mes");
        everyCardIsFilled();
        assertThat(page.locator("#home-card-revenue .home-trend")).isVisible();
        screenshot("home-es-1366.png");

        page.locator("#home-revenue-figure").click();

        assertThat(page).hasURL(Pattern.compile(".*/orders\\?from=\\d{4}-\\d{2}-01&to=\\d{4}-\\d{2}-\\d{2}$"));
        assertThat(page.getByText(order)).isVisible();

        page.locator("a.navbar-brand").click();
        assertThat(page).hasURL(Pattern.compile("^https?://[^/]+/$"));
    }

    @Test
    void onAPhoneInEnglishTheCardsFitAndLeadToWhatIsBehindThem() {
        page.setViewportSize(390, 844);
        orderToday();

        signInAsAdmin();
        // The folded menu and its language switch are PhoneLayoutBrowserTests' subject: here, the address.
        page.navigate("/?lang=en");

        assertThat(page.locator("h1")).hasText("How your business is doing");
        assertThat(page.locator("#home-card-losses .card-header")).hasText("Customers lost this month");
        everyCardIsFilled();
        for (String card : CARDS) {
            double right = ((Number)
                            page.locator("#home-card-" + card).evaluate("card => card.getBoundingClientRect().right"))
                    .doubleValue();
            assertThat(right).as(card).isLessThanOrEqualTo(390);
        }
        screenshot("home-en-390.png");

        page.locator("#home-card-losses a.home-link").click();

        assertThat(page).hasURL(Pattern.compile(".*/retention/losses\\?month=\\d{4}-\\d{2}$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
}
