package org.clientela.service;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.platform.ClientelaSettings;
import org.clientela.service.internal.cases.Alerts;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service person's day in Chromium: a call comes in, the customer is found by phone with the
 * team's alert in sight, a complaint is opened, a call-back promised, the promise and the update
 * reminder show on "my day", the case is resolved with a concession, and the figures move.
 */
class ServiceDayBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Alerts alerts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientelaSettings settings;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCallComesInAndTheComplaintIsHandledToTheEnd() throws Exception {
        String digits = "6" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        long caller = customers().personWithPhone("Sr. Ximénez " + marker, "+34 " + digits);
        alerts.add(caller, "Pasar sus llamadas a Ana o a Luis " + marker, null);
        signInAsAdmin();

        page.navigate("/service/promises");
        String concessionsBefore = page.locator("#concession-total .fs-3").textContent();

        // The phone rings: found by a piece of the number, the team's alert in sight.
        page.navigate("/customers");
        page.waitForFunction("() => window.htmx !== undefined");
        page.locator("#q").pressSequentially(digits.substring(3, 9));
        // Wait for the answer to this search: the list shows everybody until it arrives.
        page.locator(
                        "#results tbody tr",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Sr. Ximénez " + marker))
                .getByRole(AriaRole.LINK)
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/" + caller + "$"));
        assertThat(page.locator("#panel-service-banner .customer-alert"))
                .containsText("Pasar sus llamadas a Ana o a Luis " + marker);

        // A complaint is opened from the customer's page.
        page.locator("#customer-new-case").click();
        assertThat(page.locator("#case-customer")).hasText("Sr. Ximénez " + marker);
        page.locator("#channel").selectOption("PHONE");
        page.locator("#reason").selectOption("NOT_KEPT_INFORMED");
        page.locator("#subject").fill("Nadie le devuelve la llamada " + marker);
        page.locator("#description").fill("Llamó el lunes y el miércoles; nadie le llamó.");
        page.locator("#open-case").click();
        assertThat(page.locator("#case-reference")).hasText(Pattern.compile("C-\\d{4}-\\d{6}"));
        assertThat(page.locator("#case-status")).hasText("Abierto");
        assertThat(page.locator("#case-banner .customer-alert")).containsText("Pasar sus llamadas a Ana o a Luis");
        assertThat(page.locator("#case-banner #open-complaint-banner")).containsText("no le hagas repetir la historia");
        assertThat(page.locator("#update-due")).containsText("Próximo aviso");
        long caseId = Long.parseLong(page.url().replaceAll(".*/service/cases/(\\d+).*", "$1"));

        // A call-back promised for two hours from now.
        LocalDateTime due = LocalDateTime.now(settings.timeZone()).plusHours(2);
        page.locator("#kind").selectOption("CALL_BACK");
        page.locator("#dueAt").fill(due.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        page.locator("#promise-description").fill("Llamarle con la fecha del técnico " + marker);
        page.locator("#make-promise").click();
        assertThat(page.locator("#promise-table")).containsText("Pendiente");

        // Two working days pass without news: "my day" says so, with the promise.
        jdbc.sql("UPDATE service_case SET next_update_due_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
                .param("id", caseId)
                .update();
        page.navigate("/service");
        assertThat(page.locator("#my-promises")).containsText("Llamarle con la fecha del técnico " + marker);
        assertThat(page.locator("#my-updates")).containsText("Nadie le devuelve la llamada " + marker);
        assertThat(page.locator("#my-updates")).containsText("atrasado");

        // The call-back is made and the customer told; the reminder goes.
        page.locator("#my-promises tr", new Page.LocatorOptions().setHasText(marker))
                .getByRole(AriaRole.BUTTON)
                .click();
        assertThat(page.locator("#my-promises")).not().containsText(marker);
        page.navigate("/service/cases/" + caseId);
        page.locator("#note-form textarea").fill("Le llamé: el técnico va el jueves a las 10.");
        page.locator("#add-note").click();
        assertThat(page.locator("#told-notes")).containsText("el técnico va el jueves");
        assertThat(page.locator("#last-told")).not().containsText("aún no");
        page.navigate("/service");
        assertThat(page.locator("#my-updates")).not().containsText(marker);

        // Resolved in the customer's favour with a voucher.
        page.navigate("/service/cases/" + caseId);
        page.locator("#concession-kind").selectOption("VOUCHER");
        page.locator("#amount").fill("20");
        page.locator("#concession-note").fill("Por las molestias");
        page.locator("#add-concession").click();
        assertThat(page.locator("#concession-list")).containsText("20");
        page.locator("#resolve-case").click();
        assertThat(page.locator("#case-status")).hasText("Resuelto");
        assertThat(page.locator("#resolution-done")).containsText("A favor del cliente");

        // The figures moved.
        page.navigate("/service/promises");
        assertThat(page.locator("#concession-total .fs-3")).not().hasText(concessionsBefore);
        assertThat(page.locator("#callbacks")).containsText("admin");

        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        page.navigate("/service/cases/" + caseId);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(folder.resolve("service-case.png"))
                .setFullPage(true));
        assertThat(Files.size(folder.resolve("service-case.png"))).isGreaterThan(10_000);
    }

    @Test
    void aDecisionAgainstTheCustomerAsksForTheReasons() {
        long customer = customers().person("Sra. Yáñez " + marker);
        signInAsAdmin();
        page.navigate("/service/cases/new?customerId=" + customer);
        page.locator("#type").selectOption("COMPLAINT");
        page.locator("#reason").selectOption("PRODUCT_FAILED");
        page.locator("#subject").fill("La batidora no funciona " + marker);
        page.locator("#open-case").click();
        assertThat(page.locator("#case-reference")).isVisible();

        page.locator("#resolve-form input[value=AGAINST_CUSTOMER]").check();
        page.locator("#explanation").fill("No procede.");
        page.locator("#resolve-case").click();
        assertThat(page.locator("#explanation ~ .invalid-feedback")).containsText("al menos 80 caracteres");
        assertThat(page.locator("#case-status")).hasText("Abierto");
    }

    @Test
    void anAlertRefusedSaysWhyUnderItsFieldAndASavedOneShowsOnTheBanner() {
        long customer = customers().person("Sra. Olmedo " + marker);
        signInAsAdmin();
        page.navigate("/customers/" + customer);
        waitUntilSettled();

        page.locator("summary", new Page.LocatorOptions().setHasText("Avisar al equipo"))
                .click();
        page.locator("#alert-expires").fill("2031-05-04");
        page.locator("#save-alert").click();
        assertThat(page.locator("#alert-body")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(page.locator("#alert-body ~ .invalid-feedback")).hasText("Escribe el aviso");
        assertThat(page.locator("#alert-expires")).hasValue("2031-05-04");

        page.locator("#alert-body").fill("Prefiere que le escriban " + marker);
        page.locator("#save-alert").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Aviso puesto");
        assertThat(page.locator(".customer-alert")).containsText("Prefiere que le escriban " + marker);
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
