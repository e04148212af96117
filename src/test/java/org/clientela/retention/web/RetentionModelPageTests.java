package org.clientela.retention.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.retention.internal.fits.ModelFitting;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The model page in both languages against the real database (H2 and PostgreSQL twins): the fit
 * explained, fitting and checking from the page, bad input next to its field, and who may do
 * what. The simulated shop trades in the last two years, up to today.
 */
@EmptyBusiness
abstract class RetentionModelPageTests {

    static final RequestPostProcessor MANAGER = user("gerente").roles("MANAGER");
    static final RequestPostProcessor VIEWER = user("mirón").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    CustomerImporter customerImporter;

    @Autowired
    OrderImporter orderImporter;

    @Autowired
    CustomerDirectory directory;

    @Autowired
    ModelFitting fitting;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Map<String, Long> shop;

    @BeforeEach
    synchronized void openTheShopOnce() {
        if (shop == null || directory.idsByNumber(shop.keySet()).isEmpty()) {
            String marker = "P"
                    + UUID.randomUUID()
                            .toString()
                            .replace("-", "")
                            .substring(0, 8)
                            .toUpperCase();
            LocalDate today = fitting.today();
            shop = SimulatedShop.open(
                    customerImporter, orderImporter, directory, marker, 200, today.minusWeeks(104), today, 7);
        }
    }

    /** The session cookie of a response: the flash message travels in the session to the next page. */
    static jakarta.servlet.http.Cookie sessionOf(MvcResult result) {
        jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("No session cookie: "
                    + java.util.Arrays.toString(result.getResponse().getCookies()));
        }
        return cookie;
    }

    @Test
    void aManagerFitsFromThePageAndReadsItInPlainWords() throws Exception {
        MvcResult result = mvc.perform(
                        post("/retention/model/fit").with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/retention/model"))
                .andExpect(flash().attribute("flash", "retention.model.fitted"))
                .andReturn();

        mvc.perform(get("/retention/model")
                        .with(MANAGER)
                        .cookie(sessionOf(result))
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Modelo ajustado con los pedidos hasta hoy.")));
        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a class=\"nav-link active\" href=\"/retention/model\">")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"explain-rate\">Ritmo de compra: [^<]*compran de media [0-9,]+ veces por semana, una vez cada [0-9.]+ días.*")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"explain-dropout\">Abandono: después de cada compra repetida, [^<]*del [0-9,]+ % \\(uno de cada [0-9.]+\\)\\..*")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"explain-fit\">Ajustado con [0-9.]+ clientes[^<]*log-verosimilitud -[0-9.,]+ .*")))
                .andExpect(content().string(not(containsString("id=\"fit-now\""))));

        mvc.perform(get("/retention/model").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(matchesPattern("(?s).*id=\"explain-rate\">Buying pace: [^<]* times a week.*")))
                .andExpect(content().string(containsString("id=\"fit-now\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    /**
     * The CDNOW fit (Fader, Hardie &amp; Lee 2005; r = 0.243 &lt; 1, so the buying rate is very
     * skewed): the page describes the typical customer by the median rate (once every 772 days),
     * not by the mean (once every 127 days), which it names as the average a few pull up; dropout
     * applies after each repeat purchase; money in the business's currency; the parameters on a
     * fold. Expected figures computed outside the code (scipy): median of Gamma(0.243) 0.040026,
     * its 0.9 quantile 0.730760, median of Gamma(3.74) giving a typical spend of 28.28.
     */
    @Test
    void theTypicalCustomerIsTheMedianWhenTheRateIsSkewed() throws Exception {
        jdbc.sql("""
                        INSERT INTO retention_model_fit (fitted_at, calibration_end, purpose, time_unit_days, bg_r, bg_alpha,
                            bg_a, bg_b, log_likelihood, gg_p, gg_q, gg_gamma, spend_log_likelihood, customers,
                            repeat_purchases, converged, seconds, fitted_by)
                        VALUES (:at, :end, 'MODEL', 7, 0.243, 4.414, 0.793, 2.426, -9582.4, 6.25, 3.74, 15.44, -4000.0,
                            2357, 1838, TRUE, 1.5, 'analista')""")
                .param("at", java.sql.Timestamp.from(java.time.Instant.now()))
                .param("end", LocalDate.of(1997, 9, 30))
                .update();

        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("id=\"explain-rate\">Ritmo de compra: el cliente típico compra "
                                + "una vez cada 772 días mientras sigue siendo cliente (es la mediana: la mitad de los clientes "
                                + "compra aún menos a menudo). Unos pocos compran mucho más a menudo y suben la media a 0,0551 "
                                + "veces por semana, una vez cada 127 días")))
                .andExpect(content()
                        .string(containsString("uno de cada diez clientes compra al menos una vez cada 42 "
                                + "días, 18,3 veces más a menudo que el cliente típico")))
                .andExpect(content()
                        .string(containsString("Abandono: después de cada compra repetida, un cliente deja "
                                + "de comprarnos con una probabilidad media del 24,6 % (uno de cada 4).")))
                .andExpect(content()
                        .string(containsString("una compra repetida vale de media " + euros("35.22", "es")
                                + "; la del cliente típico, " + euros("28.28", "es"))))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*<details [^>]*id=\"model-parameters\">\\s*"
                                                        + "<summary>Para analistas: los parámetros del modelo</summary>.*r = 0,243, α = 4,41: .*"
                                                        + "media r/α = 0,0551 compras por semana, mediana 0,00907 .*a = 0,793, b = 2,43: .*"
                                                        + "p = 6,25, q = 3,74, γ = 15,4: .*id=\"explain-fit\">Ajustado con 2.357 clientes.*</details>.*")))
                .andExpect(content().string(not(containsString("una vez cada 127 días (r/α"))));
        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Buying pace: the typical customer buys once every 772 days "
                                + "while they remain a customer (the median: half of the customers buy even less often). A few buy "
                                + "much more often and lift the average to 0.0551 times a week, once every 127 days")))
                .andExpect(content()
                        .string(containsString("one customer in ten buys at least once every 42 days, 18.3 "
                                + "times as often as the typical customer")))
                .andExpect(content()
                        .string(containsString("Dropout: after each repeat purchase, a customer stops buying "
                                + "from us with a mean probability of 24.6 % (one in 4).")))
                .andExpect(content()
                        .string(containsString("a repeat purchase is worth " + euros("35.22", "en")
                                + " on average; the typical customer&#39;s, " + euros("28.28", "en"))))
                .andExpect(
                        content().string(containsString("<summary>For analysts: the model&#39;s parameters</summary>")))
                .andExpect(content().string(not(containsString("??"))));
    }

    /** Money as the page writes it in the business's currency (EUR in the tests), with the language's spaces. */
    private static String euros(String amount, String language) {
        java.text.NumberFormat format =
                java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag(language));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(new java.math.BigDecimal(amount));
    }

    @Test
    void theFormOffersTheDefaultDatesFromTheNewestOrder() throws Exception {
        LocalDate newest = fitting.today();
        String page = mvc.perform(get("/retention/model").with(MANAGER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("type=\"date\" id=\"calibrationEnd\" name=\"calibrationEnd\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher holdout = java.util.regex.Pattern.compile(
                        "id=\"holdoutEnd\" name=\"holdoutEnd\"\\s+value=\"([0-9-]+)\"")
                .matcher(page);
        java.util.regex.Matcher calibration = java.util.regex.Pattern.compile(
                        "id=\"calibrationEnd\" name=\"calibrationEnd\"\\s+value=\"([0-9-]+)\"")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(holdout.find())
                .as("holdoutEnd filled in")
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(calibration.find())
                .as("calibrationEnd filled in")
                .isTrue();
        LocalDate holdoutEnd = LocalDate.parse(holdout.group(1));
        org.assertj.core.api.Assertions.assertThat(holdoutEnd)
                .isBeforeOrEqualTo(newest)
                .isAfter(newest.minusWeeks(2));
        org.assertj.core.api.Assertions.assertThat(LocalDate.parse(calibration.group(1)))
                .isEqualTo(holdoutEnd.minusWeeks(26));
    }

    @Test
    void theHoldoutCheckOnTwoDatesShowsTheTableAndTheTrackingChartInBothLanguages() throws Exception {
        LocalDate holdoutEnd = fitting.today().minusDays(7);
        LocalDate calibrationEnd = holdoutEnd.minusWeeks(20);
        MvcResult checked = mvc.perform(post("/retention/model/check")
                        .param("calibrationEnd", calibrationEnd.toString())
                        .param("holdoutEnd", holdoutEnd.toString())
                        .with(MANAGER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "retention.model.checked"))
                .andExpect(flash().attributeExists("rankingQuality"))
                .andReturn();
        // The check also measured the radar's order over the checked period (shown once, on the page after).
        org.clientela.retention.internal.risk.RankingCheck.Quality quality =
                (org.clientela.retention.internal.risk.RankingCheck.Quality)
                        checked.getFlashMap().get("rankingQuality");
        org.assertj.core.api.Assertions.assertThat(quality.customers()).isPositive();
        org.assertj.core.api.Assertions.assertThat(quality.topLost()).isBetween(0, quality.top());
        org.assertj.core.api.Assertions.assertThat(quality.auc()).isBetween(0.0, 1.0);

        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<canvas id=\"holdout-chart\"")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*data-chart=\"\\{&quot;labels&quot;:\\[&quot;0&quot;,.*&quot;7\\+&quot;\\].*")))
                .andExpect(content().string(containsString("data-label-predicted=\"Previstas\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"check-table\".*<td>7\\+</td>.*")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"check-summary\">Del [^<]*, el modelo preveía [0-9.]+ compras repetidas de los 2?[0-9.]+ clientes[^<]*, y hubo [0-9.]+\\..*")))
                // The tracking chart, drawn on the server: two SVGs, each with both curves and the line
                // after the last week learnt.
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*<svg id=\"tracking-weekly\"[^>]*viewBox=\"0 0 720 280\".*<polyline class=\"predicted\"[^>]*points=\"[0-9.]+,[0-9.]+ .*<polyline class=\"actual\"[^>]*points=\"[0-9.]+,[0-9.]+ .*")))
                .andExpect(content().string(containsString("<svg id=\"tracking-cumulative\"")))
                .andExpect(content()
                        .string(matchesPattern("(?s).*<g class=\"calibration-end\">\\s*<line.*fin del aprendizaje.*")))
                .andExpect(content().string(containsString("Semana (semana 1: la de la primera compra)")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"tracking-caption\">Hasta la semana [0-9]+ el modelo aprendió; después predijo [0-9.]+ compras repetidas y hubo [0-9.]+ \\(hasta la semana [0-9]+\\)\\..*")))
                .andExpect(content().string(not(containsString("NO_PURCHASES_IN_PERIOD"))));
        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("data-label-actual=\"Actual\"")))
                .andExpect(content().string(containsString("Is the model right?")))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"tracking-caption\">Up to week [0-9]+ the model learnt; after that it predicted [0-9,]+ repeat purchases and there were [0-9,]+.*")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aCheckOfAPeriodAfterTheNewestOrderShowsItsWarnings() throws Exception {
        LocalDate later = fitting.today().plusWeeks(30);
        mvc.perform(post("/retention/model/check")
                        .param("calibrationEnd", fitting.today().toString())
                        .param("holdoutEnd", later.toString())
                        .with(MANAGER)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "retention.model.checked"));
        mvc.perform(get("/retention/model").with(MANAGER).header("Accept-Language", "es"))
                .andExpect(
                        content()
                                .string(
                                        matchesPattern(
                                                "(?s).*id=\"check-warnings\".*data-code=\"NO_PURCHASES_IN_PERIOD\">No hay ninguna compra repetida en el periodo comprobado.*data-code=\"AFTER_LAST_ORDER\">.*")));
    }

    @Test
    void badDatesAreShownNextToTheirField() throws Exception {
        String[][] cases = {
            {"abc", "", "calibrationEnd", "no es una fecha"},
            {"", "31/12/2024", "holdoutEnd", "no es una fecha"},
            {"2024-06-30", "2024-06-30", "calibrationEnd", "debe terminar después"},
            {"2020-06-30", "2026-06-30", "holdoutEnd", "como mucho 260 semanas"},
            {fitting.today().plusDays(1).toString(), "", "calibrationEnd", "no puede ser posterior a hoy"}
        };
        for (String[] c : cases) {
            MvcResult result = mvc.perform(post("/retention/model/check")
                            .param("calibrationEnd", c[0])
                            .param("holdoutEnd", c[1])
                            .with(MANAGER)
                            .with(csrf())
                            .header("Accept-Language", "es"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attributeExists(c[2] + "Error"))
                    .andReturn();
            mvc.perform(get("/retention/model")
                            .with(MANAGER)
                            .cookie(sessionOf(result))
                            .header("Accept-Language", "es"))
                    .andExpect(content().string(matchesPattern("(?s).*id=\"" + c[2] + "-error\">[^<]*" + c[3] + ".*")))
                    .andExpect(content()
                            .string(matchesPattern("(?s).*id=\"calibrationEnd\" name=\"calibrationEnd\"\\s+value=\""
                                    + c[0] + "\".*")));
        }
    }

    @Test
    void onlyAdminsAndManagersFitOrCheck() throws Exception {
        mvc.perform(post("/retention/model/fit").with(user("v").roles("SALES")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/retention/model/check")
                        .param("holdoutEnd", "2024-06-30")
                        .with(VIEWER)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/retention/model/fit").with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(get("/retention/model")).andExpect(status().is3xxRedirection());
    }
}
