package org.clientela.sales;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientela.platform.SettingsStore;
import org.clientela.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A seller's way from a prospect to a customer in Chromium, and the figures that judge the way, on
 * the demo business (the context the other demo tours share): a prospect of a top-down campaign
 * says whom to ask for, becomes ready to call once its research is done, and goes through a call,
 * a conversation, an appointment, a meeting, a proposal with its business case (printed) and a win
 * to the customer it became; the funnel and the comparison of the demo's two campaigns speak in
 * Spanish, and the comparison in English too. A prospect list with a bad row is refused whole from
 * the import page, and a visitor's request on the public form becomes a call-back in the seller's
 * day.
 */
@TestPropertySource(properties = "clientela.demo=true")
class SalesBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsStore settings;

    @Autowired
    Clock clock;

    @Value("${clientela.service.contact-min-fill-seconds}")
    long minFillSeconds;

    // A letter first: a marker of digits alone ("00750220") is searched as a number, not a name word.
    final String marker = "m" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aProspectOfATopDownCampaignBecomesACustomerStepByStep() throws Exception {
        long topDown = jdbc.sql("SELECT MIN(id) FROM sales_campaign WHERE strategy = 'TOP_DOWN'")
                .query(Long.class)
                .single();
        String name = "Talleres Anaga " + marker;
        signInAsAdmin();

        page.navigate("/sales/prospects/new");
        page.locator("#name").fill(name);
        page.locator("#employees").fill("30");
        page.locator("#phone").fill("922 600 " + (100 + (marker.hashCode() & 0x1ff)));
        page.locator("#campaignId").selectOption(String.valueOf(topDown));
        page.locator("#owner").selectOption("admin");
        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/sales/prospects/\\d+$"));
        String prospectPage = page.url();
        assertThat(page.locator("#prospect-name")).hasText(name);
        assertThat(page.locator("#title-to-approach")).hasText("Propietario o presidente");
        assertThat(page.locator("#ready-to-call")).containsText("Aún no");

        page.locator("#research-contact").fill("Marta Díaz, la dueña");
        page.locator("#research-business").fill("Reparan maquinaria agrícola en el norte de la isla.");
        page.locator("#research-news").fill("Abrieron un segundo taller en marzo.");
        page.locator("#research-reason").fill("Crecen y aún llevan las cuentas en papel.");
        page.locator("#research button[type=submit]").click();
        assertThat(page.locator("#research-done")).hasText("4 de 4 hechas");
        assertThat(page.locator("#ready-to-call")).hasText("Listo para llamar.");
        assertThat(page.locator("#research-contact")).hasValue("Marta Díaz, la dueña");

        Locator steps = page.locator("#activity-timeline tbody tr");
        assertThat(page.locator("#activity-empty")).isVisible();
        step("CALL", 0, "Contactado");
        step("CONVERSATION", 1, "Conversación");
        page.locator("label[for=kind-APPOINTMENT]").click();
        page.locator("#appointmentAt").fill(java.time.LocalDate.now().plusDays(3) + "T10:30");
        step("APPOINTMENT", 2, "Cita acordada");
        step("MEETING", 3, "Primera reunión");
        page.locator("label[for=kind-PROPOSAL]").click();
        page.locator("#amount").fill("4800");
        step("PROPOSAL", 4, "Propuesta");
        assertThat(steps).hasCount(5);
        screenshot("sales-prospect-steps.png");

        page.locator("#activity-timeline tr[data-kind=PROPOSAL] a.business-case-link")
                .click();
        assertThat(page.locator("#business-case-prospect")).containsText(name);
        page.locator("#investment").fill("10000");
        String[] flows = {"3000", "4000", "5000", "2000"};
        for (int i = 0; i < flows.length; i++) {
            page.locator("#flow-" + i).fill(flows[i]);
        }
        page.locator("#rate").fill("10");
        page.locator("#title").fill("Menos horas de papeleo " + marker);
        page.locator("#save").click();
        assertThat(page).hasURL(Pattern.compile("/sales/business-cases/\\d+$"));
        assertThat(page.locator("h1")).hasText("Menos horas de papeleo " + marker);
        assertThat(page.locator("#business-case-results")).containsText("1.155,66");
        assertThat(page.locator("#business-case-results")).containsText("2 años y 7 meses");
        screenshot("sales-business-case.png");

        String pdfPath = page.locator("#business-case-pdf").getAttribute("href");
        APIResponse pdf = page.request().get(pdfPath);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers()).containsEntry("content-type", "application/pdf");
        byte[] bytes = pdf.body();
        assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdfText(bytes))
                .contains("Menos horas de papeleo " + marker)
                .contains(name)
                .contains("1.155,66 €")
                .contains("15,3 %")
                .contains("2 años y 7 meses");

        page.navigate(prospectPage);
        page.locator("label[for=kind-WON]").click();
        page.locator("#amount").fill("4800");
        step("WON", 5, "Ganado");
        assertThat(page.locator("#activity-form")).hasCount(0);
        assertThat(page.locator("#activity-decided")).isVisible();
        assertThat(page.locator("#prospect-stage")).hasText("Ganado");

        page.locator("#prospect-customer-link").click();
        assertThat(page).hasURL(Pattern.compile("/customers/\\d+$"));
        assertThat(page.locator("h1")).containsText(name);
        String customerPage = page.url();
        screenshot("sales-won-customer.png");

        // The customer list finds the new customer by the prospect's name.
        page.navigate("/customers?q=" + marker);
        assertThat(page.locator("#results a:has-text('" + name + "')"))
                .hasAttribute("href", customerPage.replaceFirst("^https?://[^/]+", ""));
    }

    /**
     * Logs a step of the given kind through the quick form (any kind-specific field filled before)
     * and waits for the section to come back with it as the newest row and the prospect's stage.
     */
    private void step(String kind, int before, String stage) {
        page.locator("label[for=kind-" + kind + "]").click();
        page.locator("#minutes").fill("5");
        page.locator("#activity-save").click();
        assertThat(page.locator("#activity-timeline tbody tr")).hasCount(before + 1);
        assertThat(page.locator("#activity-timeline tr[data-kind=" + kind + "]"))
                .hasCount(1);
        assertThat(page.locator("#activity-stage")).containsText(stage);
        if (!"WON".equals(kind)) {
            assertThat(page.locator("#prospect-activities [role=status]")).hasText("Paso anotado.");
        }
    }

    @Test
    void theFunnelAndTheComparisonOfTheDemosTwoStrategiesSpeakInWords() throws Exception {
        signInAsAdmin();
        page.navigate("/sales/funnel");
        assertThat(page.locator("h1")).hasText("Embudo de ventas");
        assertThat(page.locator("#kpi-rows tbody tr").first()).isVisible();
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("sales-funnel.png");

        page.navigate("/sales/comparison");
        assertThat(page.locator("h1")).hasText("Comparar dos formas de vender");
        Locator close = page.locator("#comparison tr[data-kpi=closeRatio]");
        assertThat(close.locator("td").nth(1)).containsText("%");
        assertThat(close.locator("td").nth(2)).containsText("%");
        assertThat(close.locator(".verdict"))
                .hasText(Pattern.compile(
                        "^(Con .+ se cierran más ventas: .+ frente a .+; la diferencia es real \\(entre .+ y .+ puntos\\)"
                                + "|Aún no se puede decir cuál funciona mejor: hacen falta más propuestas)\\.?$"));
        assertThat(page.locator("#comparison .verdict")).hasCount(5);
        screenshot("sales-comparison-es.png");

        page.navigate("/sales/comparison?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).not().hasText("Comparar dos formas de vender");
        for (String verdict : page.locator("#comparison .verdict").allInnerTexts()) {
            assertThat(verdict).isNotBlank().doesNotContain("??").doesNotContain("sales.");
            assertThat(verdict).doesNotContainPattern("[áéíóúñ]");
        }
        assertThat(page.locator("main")).not().containsText("??");
        screenshot("sales-comparison-en.png");
    }

    @Test
    void aProspectListWithABadRowShowsTheErrorAtItsLineAndWritesNothing() throws Exception {
        signInAsAdmin();
        String csv = """
                external_id,name,sector,employees,phone,email,tax_id,campaign
                %1$s-1,Carpintería Garachico %1$s,,12,922 830 001,,,
                %1$s-2,Bodegas Tacoronte %1$s,,muchos,,bodegas@%1$s.example,,
                %1$s-3,Frutas Güímar %1$s,,4,,,,
                """.formatted(marker);
        page.navigate("/imports");
        page.locator("#kind-PROSPECTS").check();
        page.locator("#file")
                .setInputFiles(new FilePayload("prospectos.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/imports/\\d+$"));

        assertThat(page.locator("#progress")).hasAttribute("data-status", "FAILED");
        Locator errors = page.locator("#import-errors tbody tr");
        assertThat(errors).hasCount(1);
        assertThat(errors.first().locator("td").nth(0)).hasText("3");
        assertThat(errors.first().locator("td").nth(1)).hasText("employees");
        assertThat(errors.first().locator("td").nth(2)).containsText("muchos");
        screenshot("sales-import-bad-row.png");

        page.navigate("/sales/prospects?q=" + marker);
        assertThat(page.locator("main")).not().containsText("Garachico");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sales_prospect WHERE external_id LIKE :m")
                        .param("m", marker + "-%")
                        .query(Long.class)
                        .single())
                .as("not even the good rows are written")
                .isZero();
    }

    @Test
    void aVisitorsRequestOnThePublicFormIsACallBackInTheSellersDay() throws Exception {
        settings.update(settings.view().version(), java.util.Map.of("sales.lead.seller-on-duty", "admin"));
        try {
            String company = "Quesería Arico " + marker;
            page.navigate("/lead");
            page.locator("#company").fill(company);
            page.locator("#name").fill("Nieves Delgado");
            page.locator("#email").fill("nieves@" + marker + ".example");
            page.locator("#message").fill("Queremos llevar las cuentas de clientes en algo mejor que una libreta.");
            assertThat(page.locator("input[type=checkbox][name=marketingConsent]"))
                    .not()
                    .isChecked();
            // A person takes a few seconds to fill the form; the gate refuses anything faster.
            long shownAt = Long.parseLong(
                    page.locator("input[name=token]").inputValue().split("\\.")[0]);
            page.waitForCondition(() -> clock.millis() - shownAt >= minFillSeconds * 1000L);
            page.locator("#send-lead").click();
            assertThat(page).hasURL(Pattern.compile(".*/lead/thanks.*"));
            assertThat(page.locator("#lead-call-back")).isVisible();

            signInAsAdmin();
            page.navigate("/my-day");
            Locator callBack = page.locator("#my-sales-day li.sales-day-call-back:has-text('" + company + "'), "
                    + "#my-sales-day li.sales-day-call-back-later:has-text('" + company + "')");
            assertThat(callBack).hasCount(1);
            screenshot("sales-my-day-web-lead.png");
            callBack.locator("a[href^='/sales/prospects/']").first().click();
            assertThat(page.locator("#prospect-name")).hasText(company);
        } finally {
            org.clientela.support.SettingsResets.reset(jdbc);
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isOne();
            return new PdfTextExtractor(reader)
                    .getTextFromPage(1)
                    // Cells wrap their text, and the extractor reads a no-break space as two.
                    .replaceAll("[\\s\u00a0\u202f]+", " ");
        }
    }

    private void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("clientela.screenshot-dir", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
