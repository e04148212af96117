package org.clientela.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the real application in headless Chromium: the app runs on a random port on
 * an in-memory H2 database, one browser serves the whole run ({@link OneChromium}), and every test gets a fresh
 * browser context (no cookies, Spanish browser) and {@link #page}. Never sleep in these tests:
 * Playwright's locators and {@code assertThat(locator)} wait for the page by themselves.
 */
@ServerApplicationTest
@ExtendWith({ChromiumAvailable.class, OneChromium.class})
public abstract class BrowserTest {

    /**
     * Counts the page's requests still open ({@code window.clientelaOpenRequests}): htmx's
     * requests go through {@code XMLHttpRequest}, and a request is done at its {@code loadend},
     * which comes after htmx's own handler of its answer has swapped it in and issued the requests
     * of what it swapped in.
     */
    private static final String COUNT_REQUESTS = """
            (() => {
              let open = 0;
              Object.defineProperty(window, 'clientelaOpenRequests', { get: () => open });
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                open++;
                this.addEventListener('loadend', () => open--, { once: true });
                return send.apply(this, args);
              };
              if (window.fetch) {
                const fetch = window.fetch;
                window.fetch = function (...args) {
                  open++;
                  return fetch.apply(this, args).finally(() => open--);
                };
              }
            })();""";

    /** The password the test profile gives the first {@code admin}. */
    protected static final String ADMIN_PASSWORD = "admin-test-password";

    /** The run's browser ({@link OneChromium}), set before each class. */
    static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    /**
     * When a test fails, where the browser was: its address, title and the start of its text, in the
     * test's output. A locator that times out says only what it waited for; this says which page it
     * waited on (a sign-in page, an error page, the page expected).
     */
    @RegisterExtension
    final AfterTestExecutionCallback whereTheBrowserWas = test -> {
        if (test.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            String text = page.locator("body")
                    .innerText(new com.microsoft.playwright.Locator.InnerTextOptions().setTimeout(2_000));
            System.out.printf(
                    "%s failed on %s (\"%s\"): %s%n",
                    test.getDisplayName(),
                    page.url(),
                    page.title(),
                    text.substring(0, Math.min(text.length(), 600)).replaceAll("\\s+", " "));
        }
    };

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("es-ES")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(10_000);
        context.addInitScript(COUNT_REQUESTS);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    /**
     * Signs in through the login form and waits until the page it lands on is shown: the home page
     * ({@code /}), a service person's day ({@code /service}), a seller's ({@code /my-day}), or the page that sent them to sign in.
     */
    protected void signIn(String username, String password) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form.card button[type=submit]").click();
        assertThat(page)
                .hasURL(java.util.regex.Pattern.compile("^https?://[^/]+/(customers|service|my-day)?(\\?.*)?$"));
        // The URL changes before the page's scripts run: typing earlier would bypass htmx.
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => window.htmx !== undefined");
    }

    /**
     * Waits until the page has loaded and htmx has finished with it: the pieces a page loads after
     * itself ({@code hx-trigger="load"}, which htmx sends before the page's load event) are in and
     * settled, so its text and layout are final. Where {@code LoadState.NETWORKIDLE} waits for
     * half a second of silence after every page, this waits for exactly that.
     */
    protected void waitUntilSettled() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.waitForFunction("() => document.readyState === 'complete' && window.clientelaOpenRequests === 0"
                + " && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')");
    }

    /**
     * Null when no heading, button, tab, badge or column head of the page breaks a word across two
     * lines, else the first few ("Custo|mer" beside a form, a button one letter a line). A break at a
     * hyphen or a slash is a break between words.
     */
    protected String wordsBrokenMidWay() {
        return (String) page.evaluate("""
                () => {
                  const out = [];
                  const places = 'main h1, main h2, main h3, main h4, main h5, main .btn, main .nav-link, '
                    + 'main .badge, main .card-header, main th';
                  for (const el of document.querySelectorAll(places)) {
                    if (el.offsetParent === null) continue;
                    const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                      for (const word of text.data.matchAll(/[^\\s\\-\\/]+/g)) {
                        const range = document.createRange();
                        range.setStart(text, word.index);
                        range.setEnd(text, word.index + word[0].length);
                        const lines = new Set([...range.getClientRects()]
                          .filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (lines.size > 1) out.push(el.tagName.toLowerCase() + ' "' + word[0] + '"');
                      }
                    }
                  }
                  return out.length ? [...new Set(out)].slice(0, 4).join(', ') : null;
                }""");
    }

    /**
     * Null when every date field of the page is wide enough to show a whole date, else which are not
     * ("12/08/20" in a column a sixth of a tablet's row). A date such as 12/31/2026 and the
     * calendar button need about 140 px at the page's font; 117 px cut the year.
     */
    protected String narrowDateFields() {
        return (String) page.evaluate("""
                () => {
                  const narrow = [...document.querySelectorAll('main input[type=date]')]
                    .filter(d => d.offsetParent !== null && d.offsetWidth < 140)
                    .map(d => '#' + (d.id || d.name) + ' ' + d.offsetWidth + ' px');
                  return narrow.length ? narrow.join(', ') : null;
                }""");
    }

    /**
     * Null when every drop-down of the page shows its chosen option whole, else which do not ("All
     * camp" for "All campaigns"): the option's text, measured in the drop-down's font, against the
     * room between its paddings (the arrow sits in the right one).
     */
    protected String cutChoices() {
        return (String) page.evaluate("""
                () => {
                  const measure = document.createElement('canvas').getContext('2d');
                  const cut = [];
                  for (const select of document.querySelectorAll('main select')) {
                    if (select.offsetParent === null || select.selectedIndex < 0) continue;
                    const style = getComputedStyle(select);
                    measure.font = style.font;
                    const text = select.options[select.selectedIndex].text;
                    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    const needed = measure.measureText(text).width;
                    if (needed > room + 1) cut.push('#' + (select.id || select.name) + ' "' + text + '" '
                      + Math.round(needed) + ' > ' + Math.round(room) + ' px');
                  }
                  return cut.length ? cut.slice(0, 4).join(', ') : null;
                }""");
    }

    protected void signInAsAdmin() {
        signIn("admin", ADMIN_PASSWORD);
    }
}
