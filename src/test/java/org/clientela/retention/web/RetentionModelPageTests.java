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
                .andExpect(content().string(matchesPattern("(?s).*id=\"explain-dropout\">[^<]*del [0-9,]+ % \\(a/\\(a\\+b\\).*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"explain-fit\">Ajustado con [0-9.]+ clientes[^<]*log-verosimilitud -[0-9.,]+ .*")))
                .andExpect(content().string(not(containsString("id=\"fit-now\""))));

        mvc.perform(get("/retention/model").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"explain-rate\">Buying pace: [^<]* times a week.*")))
                .andExpect(content().string(containsString("id=\"fit-now\"")))
                .andExpect(content().string(not(containsString("??"))));
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
