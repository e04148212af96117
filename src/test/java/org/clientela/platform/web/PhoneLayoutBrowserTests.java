package org.clientela.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Clientela on a phone (390 × 844 px, the size of a common one) with the demo business: the menu
 * folds behind its button, lists turn into cards, and no page is wider than the screen
 * ({@code document.documentElement.scrollWidth <= window.innerWidth}); what is wide scrolls inside
 * its own box.
 */
@TestPropertySource(properties = "clientela.demo=true")
class PhoneLayoutBrowserTests extends BrowserTest {

    private static final String ANA_PASSWORD = "ana-phone-test-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void aPhone() {
        page.setViewportSize(390, 844);
    }

    @Test
    void theMenuFoldsBehindItsButton() throws Exception {
        // The pages before signing in fit too.
        visit("/login");
        fitsThePhone("the sign-in page");
        visit("/contact");
        fitsThePhone("the public contact form");

        signInAsAdmin();
        var toggler = page.locator("nav .navbar-toggler");
        var customers = page.locator("#main-nav a[href='/customers']");
        assertThat(toggler).isVisible();
        assertThat(customers).isHidden();
        assertThat(page.locator("#lang-en")).isHidden();
        assertThat(toggler).hasAttribute("aria-expanded", "false");

        toggler.click();
        assertThat(customers).isVisible();
        assertThat(page.locator("#lang-en")).isVisible();
        assertThat(toggler).hasAttribute("aria-expanded", "true");
        // Bootstrap's unfolding ends with "collapse show"; a click while it is "collapsing" may be lost.
        assertThat(page.locator("#main-nav")).hasClass(java.util.regex.Pattern.compile("(^|\\s)show(\\s|$)"));
        fitsThePhone("/customers (menu open)");
        screenshot("phone-menu-open.png", false);
        page.locator("#main-nav a[href='/orders']").click();
        assertThat(page.locator("#main-nav a[href='/orders']")).isHidden();

        // On a tablet a wide list scrolls in its own box, not the page.
        page.setViewportSize(768, 1024);
        visit("/service/cases");
        fitsThePhone("the cases on a tablet");
        assertThat((Boolean) page.evaluate("() => { const t = document.querySelector('main table.table');"
                        + " return t.scrollWidth > t.clientWidth && getComputedStyle(t).overflowX === 'auto'; }"))
                .isTrue();

        // On a wide screen the menu is simply there.
        page.setViewportSize(1366, 800);
        assertThat(toggler).isHidden();
        assertThat(page.locator("#main-nav a[href='/customers']")).isVisible();

        // A laptop's 1280 px holds the whole bar, language and account included, inside the page,
        // in both languages (the menu once pushed them off the bar and widened the page to 1520 px).
        page.setViewportSize(1280, 800);
        for (String lang : java.util.List.of("en", "es")) {
            visit("/?lang=" + lang);
            assertThat(toggler).isHidden();
            assertThat(page.locator("#nav-account")).isInViewport();
            assertThat(page.locator("#lang-en")).isInViewport();
            assertThat(page.locator("#site-search-q")).isInViewport();
            assertThat(overflow()).as("the home page at 1280 px (" + lang + ")").isNull();
        }
    }

    @Test
    void aCustomerACaseAndTheRadarFitThePhone() throws Exception {
        signInAsAdmin();
        long customerId = jdbc.sql("""
                SELECT customer_id FROM service_case GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1""").query(Long.class).single();
        long caseId = jdbc.sql("SELECT MAX(id) FROM service_case WHERE customer_id = :c")
                .param("c", customerId)
                .query(Long.class)
                .single();

        visit("/customers/" + customerId);
        assertThat(page.locator("h1")).isVisible();
        fitsThePhone("the customer page");
        screenshot("phone-customer.png");

        visit("/service/cases/" + caseId);
        assertThat(page.locator("#case-reference")).isVisible();
        assertThat(page.locator("#investigation-card")).isVisible();
        fitsThePhone("a case");
        screenshot("phone-case.png");
        screenshot("phone-case-top.png", false);

        visit("/retention/radar");
        if (page.locator("#radar-last-run").count() == 0) {
            page.locator("#run-radar").click();
            assertThat(page.locator("#radar-last-run")).isVisible();
            visit("/retention/radar");
        }
        fitsThePhone("the radar");
        screenshot("phone-radar.png");

        // A list in cards: each cell says which column it is.
        visit("/customers");
        var firstRow = page.locator("#results tbody tr").first();
        assertThat(firstRow).isVisible();
        assertThat(page.locator("#results thead")).isHidden();
        // The name's cell (the first is the row's tick box, whose column has no name).
        String label = (String)
                firstRow.locator("td:has(a)").first().evaluate("td => getComputedStyle(td, '::before').content");
        assertThat(label).isNotIn("none", "normal", "\"\"");
        screenshot("phone-customers.png");
    }

    @Test
    void myDayFitsThePhone() throws Exception {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = 'ana'")
                .param("hash", encoder.encode(ANA_PASSWORD))
                .update();
        signIn("ana", ANA_PASSWORD);
        visit("/service");
        assertThat(page.locator("#my-promises")).isVisible();
        fitsThePhone("Mi día");
        screenshot("phone-my-day.png");
        screenshot("phone-my-day-top.png", false);
    }

    @Test
    void theFiltersFitATabletAndAWideScreen() {
        signInAsAdmin();
        long review = jdbc.sql("SELECT MIN(id) FROM satisfaction_project_review")
                .query(Long.class)
                .single();
        long openCase = jdbc.sql("SELECT MIN(id) FROM service_case WHERE status = 'OPEN'")
                .query(Long.class)
                .single();
        // The longest sector name of the list: "N · Actividades administrativas y servicios auxiliares".
        long longSector = jdbc.sql("SELECT MIN(id) FROM sales_prospect WHERE sector_code = 'N'")
                .query(Long.class)
                .single();
        List<String> cut = new ArrayList<>();
        for (int width : new int[] {768, 1280}) {
            page.setViewportSize(width, 1000);
            for (String path : List.of(
                    "/customers",
                    "/sales/prospects",
                    "/sales/prospects/new",
                    "/sales/prospects/" + longSector + "/edit",
                    "/sales/funnel",
                    "/sales/comparison",
                    "/sales/targeting",
                    "/sales/campaigns/new",
                    "/retention/radar",
                    "/retention/losses",
                    "/service/cases",
                    "/service/cases/" + openCase,
                    "/satisfaction/ideas",
                    "/satisfaction/loyalty",
                    "/satisfaction/surveys",
                    "/satisfaction/reviews",
                    "/satisfaction/reviews/" + review,
                    "/audit")) {
                // Spanish: its words are the longer ones.
                visit(path + "?lang=es");
                for (String problem : java.util.Arrays.asList(narrowDateFields(), cutChoices(), wordsBrokenMidWay())) {
                    if (problem != null) {
                        cut.add(width + " px " + path + ": " + problem);
                    }
                }
            }
        }
        assertThat(cut)
                .as("date fields too narrow for a date, drop-downs that cut their choice, words broken")
                .isEmpty();
    }

    @Test
    void everyListFitsThePhoneInBothLanguages() {
        signInAsAdmin();
        long orderId =
                jdbc.sql("SELECT MAX(id) FROM sales_order").query(Long.class).single();
        long prospectId = jdbc.sql("SELECT MIN(prospect_id) FROM sales_activity WHERE kind = 'WON'")
                .query(Long.class)
                .single();
        long campaignId =
                jdbc.sql("SELECT MIN(id) FROM sales_campaign").query(Long.class).single();
        List<String> pages = List.of(
                "/customers",
                "/customers/new",
                "/orders",
                "/orders/" + orderId,
                "/service/cases",
                "/service/cases/new",
                "/service/letters",
                "/service/promises",
                "/service/public-promises",
                "/service/response-targets",
                "/service/root-causes",
                "/retention",
                "/retention/radar",
                "/retention/losses",
                "/retention/concentration",
                "/retention/segments",
                "/retention/plan",
                "/retention/model",
                "/retention/new-buyers",
                "/sales/prospects",
                "/sales/prospects/new",
                "/sales/prospects/" + prospectId,
                "/sales/campaigns",
                "/sales/campaigns/new",
                "/sales/campaigns/" + campaignId,
                "/sales/funnel",
                "/sales/comparison",
                "/sales/business-cases/new",
                "/sales/targeting",
                "/imports",
                "/users",
                "/audit",
                "/account/tokens");
        List<String> tooWide = new ArrayList<>();
        List<String> sideBySide = new ArrayList<>();
        List<String> brokenWords = new ArrayList<>();
        // In Spanish, then in English (the language chosen once is kept for the session).
        for (String language : List.of("es", "en")) {
            visit("/customers?lang=" + language);
            assertThat(page.locator("html")).hasAttribute("lang", language);
            for (String path : pages) {
                visit(path);
                String wide = overflow();
                if (wide != null) {
                    tooWide.add(language + " " + path + ": " + wide);
                }
                String beside = fieldsSideBySide();
                if (beside != null) {
                    sideBySide.add(language + " " + path + ": " + beside);
                }
                String broken = wordsBrokenMidWay();
                if (broken != null) {
                    brokenWords.add(language + " " + path + ": " + broken);
                }
            }
        }
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
        assertThat(sideBySide).as("forms in more than one column on a phone").isEmpty();
        assertThat(brokenWords)
                .as("headings, buttons, tabs or column heads squeezed until a word breaks in the middle")
                .isEmpty();
    }

    private void visit(String path) {
        Response response = page.navigate(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        // Cards loaded by htmx after the page count too.
        waitUntilSettled();
    }

    private void fitsThePhone(String what) {
        assertThat(overflow()).as(what + " is wider than the phone").isNull();
        assertThat(wordsBrokenMidWay())
                .as(what + ": a word broken in the middle")
                .isNull();
    }

    /** Null when the page fits the window, else the widths and the elements that stick out. */
    private String overflow() {
        return (String) page.evaluate("""
                () => {
                  const w = window.innerWidth, sw = document.documentElement.scrollWidth;
                  if (sw <= w) return null;
                  const scrolled = e => {
                    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
                      if (getComputedStyle(p).overflowX !== 'visible') return true;
                    return false;
                  };
                  const out = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > w + 0.5 && !scrolled(e))
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > w + 0.5))
                    .slice(0, 6)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                         + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                         + ' right=' + Math.round(e.getBoundingClientRect().right));
                  return 'scrollWidth ' + sw + ' > ' + w + ' ' + out.join(', ');
                }""");
    }

    /** Null when every field of the page's forms has a line of its own, else the first two side by side. */
    private String fieldsSideBySide() {
        return (String) page.evaluate("""
                () => {
                  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[' + e.name + ']' : '');
                  const fields = [...document.querySelectorAll('main form input, main form select, main form textarea')]
                    .filter(e => !['hidden', 'radio', 'checkbox', 'submit', 'button'].includes(e.type))
                    .filter(e => e.offsetParent !== null && !e.closest('table'))
                    .map(e => ({ e, r: e.getBoundingClientRect() }));
                  for (let i = 0; i < fields.length; i++)
                    for (let j = i + 1; j < fields.length; j++) {
                      const a = fields[i].r, b = fields[j].r;
                      if (a.top < b.bottom - 1 && b.top < a.bottom - 1)
                        return name(fields[i].e) + ' beside ' + name(fields[j].e);
                    }
                  return null;
                }""");
    }

    private void screenshot(String name) throws Exception {
        screenshot(name, true);
    }

    private void screenshot(String name, boolean fullPage) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(fullPage));
    }
}
