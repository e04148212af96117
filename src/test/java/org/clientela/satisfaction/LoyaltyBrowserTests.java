package org.clientela.satisfaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.platform.SettingsStore;
import org.clientela.service.MailFixtures;
import org.clientela.support.BrowserTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The club in Chromium, on the demo business: a manager sets up a program with three tiers (a
 * threshold that does not go up is refused next to its field), invites a customer from the
 * customer page by e-mail, the customer opens the link read from the in-process SMTP server —
 * which joins nothing — and presses "Unirme", and the customer page shows the tier their spend
 * earns.
 */
@TestPropertySource(properties = "clientela.demo=true")
class LoyaltyBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    @Test
    void aCustomerInvitedByEmailJoinsThroughTheLinkAndTheirTierShows() throws Exception {
        LoyaltyFixtures fixtures = new LoyaltyFixtures(jdbc);
        MailFixtures.useIn(settings);
        String email = "club-" + fixtures.marker + "@example.com";
        long customer = fixtures.customer("Ferretería Anaga", email, null);
        fixtures.order(customer, LocalDate.now().minusDays(20), "1300.00");
        fixtures.order(customer, LocalDate.now().minusDays(5), "900.00");
        String name = "Club " + fixtures.marker;
        signInAsAdmin();

        page.navigate("/satisfaction/loyalty");
        assertThat(page.locator("h1")).hasText("Club de clientes");
        page.locator("#new-program summary").click();
        page.locator("#name").fill(name);
        page.locator("#basis").selectOption("SPEND");
        page.locator("[id='tiers0.name']").fill("Bronce");
        page.locator("[id='tiers0.threshold']").fill("0");
        page.locator("[id='tiers1.name']").fill("Plata");
        page.locator("[id='tiers1.threshold']").fill("0");
        page.locator("[id='tiers2.name']").fill("Oro");
        page.locator("[id='tiers2.threshold']").fill("2000");
        page.locator("[id='tiers2.responseCutPercent']").fill("50");
        page.locator("#create-program").click();
        assertThat(page.locator("[id='tiers1.threshold'] + .invalid-feedback"))
                .hasText("Cada nivel debe pedir más que el anterior (0).");
        page.locator("[id='tiers1.threshold']").fill("500");
        page.locator("#create-program").click();
        assertThat(page).hasURL(Pattern.compile("/satisfaction/loyalty/\\d+$"));
        assertThat(page.locator("#program-name")).hasText(name);
        assertThat(page.locator("#tiers tbody tr.loyalty-tier")).hasCount(3);
        assertThat(page.locator("#compare-caveat")).containsText("Los socios eligieron unirse");
        long program = Long.parseLong(page.url().replaceFirst(".*/", ""));

        page.navigate("/customers/" + customer);
        var invite = page.locator("#loyalty-panel .loyalty-invite[data-program='" + program + "']");
        invite.locator("button.loyalty-invite-email").click();
        assertThat(page.locator(".alert-success")).hasText("Invitación enviada por correo electrónico.");

        assertThat(MailFixtures.receivedBy(email)).hasSize(1);
        String text = String.valueOf(MailFixtures.receivedBy(email).get(0).getContent());
        assertThat(text).contains(name);
        Matcher link = Pattern.compile("https?://\\S+/join/[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as(text).isTrue();

        // The customer, not signed in, in a browser of their own.
        try (BrowserContext theirs = page.context()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("es-ES"))) {
            Page theirPage = theirs.newPage();
            theirPage.navigate(link.group());
            assertThat(theirPage.locator("#join-hello")).containsText(name);
            assertThat(members(program)).as("opening the link joins nothing").isZero();
            screenshot(theirPage, "loyalty-join.png");
            theirPage.locator("#join-button").click();
            assertThat(theirPage.locator("#join-done")).containsText("Ya eres socio");
            theirPage.navigate(link.group());
            assertThat(theirPage.locator("#join-gone")).isVisible();
        }
        assertThat(members(program)).isEqualTo(1);

        page.navigate("/customers/" + customer);
        var membership = page.locator("#loyalty-panel .loyalty-membership[data-program='" + program + "']");
        assertThat(membership.locator(".loyalty-tier")).hasText("Nivel: Oro");
        assertThat(membership).containsText("menos de plazo");
        screenshot(page, "loyalty-customer.png");

        page.navigate("/satisfaction/loyalty/" + program);
        assertThat(page.locator("#members tr.loyalty-member[data-customer='" + customer + "']"))
                .containsText("Oro");
        assertThat(page.locator("#invitation-counts"))
                .hasText("Invitaciones: 1 enviadas, 1 aceptadas (1 por correo, 0 en persona)");
    }

    @Test
    void theDemoClubHasMembersInEveryTier() {
        signInAsAdmin();
        page.navigate("/satisfaction/loyalty");
        page.locator("#loyalty-programs a:has-text('Club Clientela')").click();
        assertThat(page.locator("#program-name")).hasText("Club Clientela");
        for (int rank = 1; rank <= 3; rank++) {
            assertThat(page.locator("#tiers tr[data-rank='" + rank + "'] .tier-members"))
                    .not()
                    .hasText("0");
        }
        assertThat(page.locator("#candidates tr.loyalty-candidate").first()).isVisible();
    }

    private long members(long program) {
        return jdbc.sql("SELECT COUNT(*) FROM satisfaction_loyalty_member WHERE program_id = :p")
                .param("p", program)
                .query(Long.class)
                .single();
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
