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
import org.clientela.retention.internal.ModelFitting;
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
/* Figures over the whole database: a context (and database) of its own, whatever ran before. */
@org.springframework.test.annotation.DirtiesContext(
        classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
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
            String marker = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
            LocalDate today = fitting.today();
            shop = SimulatedShop.open(customerImporter, orderImporter, directory, marker, 200, today.minusWeeks(104),
                    today, 7);
        }
    }

    /** The session cookie of a response: the flash message travels in the session to the next page. */
    static jakarta.servlet.http.Cookie sessionOf(MvcResult result) {
        jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("No session cookie: " + java.util.Arrays.toString(result.getResponse().getCookies()));
        }
        return cookie;
    }

    @Test
    void aManagerFitsFromThePageAndReadsItInPlainWords() throws Exception {
        MvcResult result = mvc.perform(post("/retention/model/fit").with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/retention/model"))
                .andExpect(flash().attribute("flash", "retention.model.fitted"))
                .andReturn();

        mvc.perform(get("/retention/model").with(MANAGER).cookie(sessionOf(result)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Modelo ajustado con los pedidos hasta hoy.")));
        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a class=\"nav-link active\" href=\"/retention/model\">")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"explain-rate\">Ritmo de compra: [^<]*compran de media [0-9,]+ veces por semana, una vez cada [0-9.]+ días.*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"explain-dropout\">Abandono: después de cada compra repetida, [^<]*del [0-9,]+ % \\(uno de cada [0-9.]+\\)\\..*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"explain-fit\">Ajustado con [0-9.]+ clientes[^<]*log-verosimilitud -[0-9.,]+ .*")))
                .andExpect(content().string(not(containsString("id=\"fit-now\""))));

        mvc.perform(get("/retention/model").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"explain-rate\">Buying pace: [^<]* times a week.*")))
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
                .andExpect(content().string(containsString("id=\"explain-rate\">Ritmo de compra: el cliente típico compra "
                        + "una vez cada 772 días mientras sigue siendo cliente (es la mediana: la mitad de los clientes "
                        + "compra aún menos a menudo). Unos pocos compran mucho más a menudo y suben la media a 0,0551 "
                        + "veces por semana, una vez cada 127 días")))
                .andExpect(content().string(containsString("uno de cada diez clientes compra al menos una vez cada 42 "
                        + "días, 18,3 veces más a menudo que el cliente típico")))
                .andExpect(content().string(containsString("Abandono: después de cada compra repetida, un cliente deja "
                        + "de comprarnos con una probabilidad media del 24,6 % (uno de cada 4).")))
                .andExpect(content().string(containsString("una compra repetida vale de media " + euros("35.22", "es")
                        + "; la del cliente típico, " + euros("28.28", "es"))))
                .andExpect(content().string(matchesPattern("(?s).*<details [^>]*id=\"model-parameters\">\\s*"
                        + "<summary>Para analistas: los parámetros del modelo</summary>.*r = 0,243, α = 4,41: .*"
                        + "media r/α = 0,0551 compras por semana, mediana 0,00907 .*a = 0,793, b = 2,43: .*"
                        + "p = 6,25, q = 3,74, γ = 15,4: .*id=\"explain-fit\">Ajustado con 2.357 clientes.*</details>.*")))
                .andExpect(content().string(not(containsString("una vez cada 127 días (r/α"))));
        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Buying pace: the typical customer buys once every 772 days "
                        + "while they remain a customer (the median: half of the customers buy even less often). A few buy "
                        + "much more often and lift the average to 0.0551 times a week, once every 127 days")))
                .andExpect(content().string(containsString("one customer in ten buys at least once every 42 days, 18.3 "
                        + "times as often as the typical customer")))
                .andExpect(content().string(containsString("Dropout: after each repeat purchase, a customer stops buying "
                        + "from us with a mean probability of 24.6 % (one in 4).")))
                .andExpect(content().string(containsString("a repeat purchase is worth " + euros("35.22", "en")
                        + " on average; the typical customer&#39;s, " + euros("28.28", "en"))))
                .andExpect(content().string(containsString("<summary>For analysts: the model&#39;s parameters</summary>")))
                .andExpect(content().string(not(containsString("??"))));
    }

    /** Money as the page writes it in the business's currency (EUR in the tests), with the language's spaces. */
    private static String euros(String amount, String language) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag(language));
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(new java.math.BigDecimal(amount));
    }

    @Test
    void theHoldoutCheckShowsPredictedAgainstActualInBothLanguages() throws Exception {
        mvc.perform(post("/retention/model/check").param("holdoutWeeks", "26").with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "retention.model.checked"));

        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<canvas id=\"holdout-chart\"")))
                .andExpect(content().string(matchesPattern("(?s).*data-chart=\"\\{&quot;labels&quot;:\\[&quot;0&quot;,.*&quot;7\\+&quot;\\].*")))
                .andExpect(content().string(containsString("data-label-predicted=\"Previstas\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"check-summary\">Del [^<]*, el modelo preveía [0-9.]+ compras repetidas de los 2?[0-9.]+ clientes[^<]*, y hubo [0-9.]+\\..*")));
        mvc.perform(get("/retention/model").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("data-label-actual=\"Actual\"")))
                .andExpect(content().string(containsString("Is the model right?")));
    }

    @Test
    void badWeeksAreShownNextToTheField() throws Exception {
        for (String weeks : new String[] {"abc", "0", "999"}) {
            MvcResult result = mvc.perform(post("/retention/model/check").param("holdoutWeeks", weeks).with(MANAGER)
                            .with(csrf()).header("Accept-Language", "es"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attributeExists("holdoutError"))
                    .andReturn();
            mvc.perform(get("/retention/model").with(MANAGER).cookie(sessionOf(result))
                            .header("Accept-Language", "es"))
                    .andExpect(content().string(matchesPattern("(?s).*id=\"holdout-error\">[^<]*entre 1 y 260.*")))
                    .andExpect(content().string(matchesPattern("(?s).*id=\"holdoutWeeks\" name=\"holdoutWeeks\"\\s+value=\"" + weeks + "\".*")));
        }
    }

    @Test
    void onlyAdminsAndManagersFitOrCheck() throws Exception {
        mvc.perform(post("/retention/model/fit").with(user("v").roles("SALES")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/retention/model/check").param("holdoutWeeks", "26").with(VIEWER).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/retention/model/fit").with(MANAGER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/retention/model")).andExpect(status().is3xxRedirection());
    }
}
