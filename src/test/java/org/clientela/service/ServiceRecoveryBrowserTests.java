package org.clientela.service;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.customers.CustomerFixtures;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After we dropped the ball, in Chromium: the case page warns that the answer is late, the
 * investigation ("Hemos fallado") is written on the case and shows up in the root-cause report,
 * and a manager weighs keeping the customer and records the decision, which joins the history.
 */
class ServiceRecoveryBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    final String marker = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aLateComplaintIsInvestigatedAndTheCustomerWeighed() {
        long customer = customers().person("Sr. Zamora " + marker);
        signInAsAdmin();
        page.navigate("/service/cases/new?customerId=" + customer);
        page.locator("#type").selectOption("COMPLAINT");
        page.locator("#reason").selectOption("NOT_AS_PROMISED");
        page.locator("#subject").fill("El sofá no llegó el martes " + marker);
        page.locator("#open-case").click();
        assertThat(page.locator("#case-reference")).hasText(Pattern.compile("C-\\d{4}-\\d{6}"));
        long caseId = Long.parseLong(page.url().replaceAll(".*/service/cases/(\\d+).*", "$1"));

        // A month without an answer: the case page says the first response is late.
        jdbc.sql("UPDATE service_case SET opened_at = :then WHERE id = :id")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(30))))
                .param("id", caseId)
                .update();
        page.navigate("/service/cases/" + caseId);
        assertThat(page.locator("#times-first")).containsText("Respuesta atrasada");
        assertThat(page.locator("#times-first")).hasClass(Pattern.compile("text-danger"));
        assertThat(page.locator("#times-resolution")).containsText("Resolución atrasada");

        // "Hemos fallado": what was promised, expected and received, the admission, the cause, the fix.
        // Folded behind its button until asked for: most cases never need its nine fields.
        var form = page.locator("#investigation-form");
        assertThat(form).isHidden();
        page.locator("#investigation-open").click();
        assertThat(form).isVisible();
        form.locator("#promised").fill("Entrega el martes");
        form.locator("#expected").fill("El sofá en casa el martes");
        form.locator("#received").fill("Nada hasta el viernes, sin aviso");
        form.locator("input[name=errorAdmitted][value=true]").check();
        form.locator("#admissionNote").fill("Por teléfono, el lunes");
        form.locator("#rootCause").selectOption("PROCESS");
        form.locator("#fix").fill("Confirmar la ruta con el transportista antes de dar fecha " + marker);
        page.locator("#save-investigation").click();
        assertThat(page).hasURL(Pattern.compile(".*/service/cases/" + caseId + "#investigation$"));
        assertThat(page.locator("#investigation-cause")).hasText("Falla un paso de cómo trabajamos");

        page.navigate("/service/root-causes");
        assertThat(page.locator("#root-cause-counts")).containsText("Falla un paso de cómo trabajamos");
        assertThat(page.locator("#fixes"))
                .containsText("Confirmar la ruta con el transportista antes de dar fecha " + marker);

        // Keep or let go: the four questions answered, the decision recorded and kept in the history.
        page.navigate("/service/customers/" + customer + "/keep-or-let-go");
        assertThat(page.locator("#keep-cost")).containsText("1");
        assertThat(page.locator("#keep-history-empty")).isVisible();
        page.locator("#worthKeeping-yes").check();
        page.locator("#lossHurts-yes").check();
        page.locator("#cheapFix-yes").check();
        page.locator("#dignityHurt-no").check();
        page.locator("#decision").selectOption("TALK_FIRST");
        page.locator("#reasoning").fill("Compra cada mes; una llamada del responsable lo arregla " + marker);
        page.locator("#keep-save").click();
        assertThat(page.locator("#keep-history li").first()).containsText("Hablar antes con él");
        assertThat(page.locator("#keep-history li").first())
                .containsText("una llamada del responsable lo arregla " + marker);
        assertThat(page.locator("#keep-history-empty")).hasCount(0);
    }

    private CustomerFixtures customers() {
        return new CustomerFixtures(context);
    }
}
