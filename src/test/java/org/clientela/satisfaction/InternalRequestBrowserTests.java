package org.clientela.satisfaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * A request between the demo's two departments in Chromium: Ana of the shop asks the office, the
 * admin of the office finds it in their day, answers and closes it and cannot rate it, Ana rates
 * it, and the matrix shows the shop → office hand-off with its satisfaction — and hurting, as the
 * demo's office answers the shop late more often than not.
 */
@TestPropertySource(properties = "clientela.demo=true")
class InternalRequestBrowserTests extends BrowserTest {

    private static final String ANA_PASSWORD = "ana-internal-test-password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    final String subject =
            "Presupuesto para un cliente " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRequestIsAskedAnsweredClosedAndRatedByTheRequesterAndTheMatrixShowsIt() {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = 'ana'")
                .param("hash", encoder.encode(ANA_PASSWORD))
                .update();
        signIn("ana", ANA_PASSWORD);
        page.navigate("/satisfaction/internal/new");
        page.locator("#toDepartment").selectOption("Oficina");
        page.locator("#type").selectOption("QUESTION");
        page.locator("#priority").selectOption("HIGH");
        page.locator("#subject").fill(subject);
        page.locator("#description").fill("Lo necesita hoy para decidir.");
        page.locator("#customerAffected1").check();
        page.locator("#internal-request-form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/satisfaction/internal/\\d+$"));
        String requestPage = page.url();
        assertThat(page.locator("#request-subject")).hasText(subject);
        assertThat(page.locator("#request-status")).hasText("Abierta");
        assertThat(page.locator("#request-from")).hasText("Tienda");
        assertThat(page.locator("#answer-form")).hasCount(0);

        page.context().clearCookies();
        signInAsAdmin();
        page.navigate("/my-day");
        assertThat(page.locator("#internal-day-to-answer")).containsText(subject);
        page.navigate(requestPage);
        page.locator("#answer-form button[type=submit]").click();
        assertThat(page.locator("#answer-text")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#answer-form .invalid-feedback")).hasText("Escribe el texto.");
        page.locator("#answer-text").fill("Te lo preparo antes de las doce.");
        page.locator("#answer-form button[type=submit]").click();
        assertThat(page.locator("#request-status")).hasText("En curso");
        assertThat(page.locator("#request-first-due .badge")).hasText("a tiempo");
        assertThat(page.locator(".request-message-body")).hasText("Te lo preparo antes de las doce.");
        page.locator("#close-text").fill("Enviado por correo.");
        page.locator("#close-form button[type=submit]").click();
        assertThat(page.locator("#request-status")).hasText("Cerrada");
        assertThat(page.locator("#rating-card")).hasCount(0);
        assertThat(page.locator("#rating-waiting"))
                .hasText("Tu departamento dio este servicio: no puede valorarse a sí mismo.");

        page.context().clearCookies();
        signIn("ana", ANA_PASSWORD);
        page.navigate(requestPage);
        assertThat(page.locator("#rating-form")).containsText("¿Cómo valoraría el servicio de Oficina");
        page.locator("#rating-form button[type=submit]").click();
        assertThat(page.locator("#rating-error")).hasText("Indica la puntuación.");
        page.locator("label[for=score-4]").click();
        page.locator("#rating-comment").fill("Rápidos esta vez.");
        page.locator("#rating-form button[type=submit]").click();
        assertThat(page.locator("#request-rating")).hasText("Valoración del solicitante: 4 de 5");
        assertThat(page.locator("#rating-card")).hasCount(0);

        page.locator("#nav-satisfaction").click();
        page.locator("a.dropdown-item[href='/satisfaction/internal/matrix']").click();
        assertThat(page).hasURL(Pattern.compile("/satisfaction/internal/matrix$"));
        var cell = page.locator("td.matrix-cell[data-from='Tienda'][data-to='Oficina']");
        assertThat(cell).containsText("peticiones");
        assertThat(cell.locator(".matrix-csat")).containsText("Satisfacción:");
        assertThat(page.locator("#matrix-hurting")).containsText("Tienda → Oficina");
        // A hand-off that hurts says what to do about it, not only where it hurts.
        assertThat(page.locator("#matrix-hurting .matrix-hurting-action"))
                .containsText("Reúne esta semana a Tienda y Oficina");
        assertThat(page.locator("td.matrix-cell[data-from='Oficina'][data-to='Tienda'] .matrix-in-time"))
                .containsText("A tiempo: 100 %");
    }
}
