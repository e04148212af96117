package org.clientela.sales.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.clientela.sales.internal.figures.SalesFigureFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The KPI and comparison API on the hand-computed history of {@link SalesFigureFixtures} (sellers
 * with a suffix of their own, so the rows of this class are told apart from any other's): the
 * figures, who sees which, and the 400s that name the parameter.
 */
abstract class SalesFigureApiTests {

    static final String JANUARY = "from=2025-01-01&to=2025-02-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SalesFigureFixtures history;

    @BeforeEach
    void load() {
        history =
                new SalesFigureFixtures(jdbc, "-" + UUID.randomUUID().toString().substring(0, 8)).load();
    }

    @Test
    void aManagerSeesEverySellersRowWithItsCountsAndIntervals() throws Exception {
        mvc.perform(get("/api/v1/sales/kpis?" + JANUARY + "&groupBy=seller")
                        .with(user("boss").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("seller"))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].closeRatio.numerator", history.ana)
                        .value(2))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].closeRatio.denominator", history.ana)
                        .value(4))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].closeRatio.value", history.ana)
                        .value(0.5))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].conversationToAppointment.denominator", history.ana)
                        .value(3))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].salesCycleDays.median", history.ana)
                        .value(18.0))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].averageRevenuePerSale.n", history.luis)
                        .value(1))
                .andExpect(jsonPath("$.rows[?(@.key == '%s')].minutesByKind.MEETING", history.luis)
                        .value(60));
    }

    @Test
    void aSalesPersonGetsOnlyTheirOwnRow() throws Exception {
        mvc.perform(get("/api/v1/sales/kpis?" + JANUARY + "&groupBy=seller")
                        .with(user(history.luis).roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].key").value(history.luis))
                .andExpect(jsonPath("$.rows[0].closeRatio.numerator").value(1));
    }

    @Test
    void aSalesPersonCannotCompareAnotherSeller() throws Exception {
        mvc.perform(get("/api/v1/sales/comparison?" + JANUARY + "&a=seller:" + history.luis + "&b=seller:"
                                + history.ana)
                        .with(user(history.luis).roles("SALES")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sales/comparison?" + JANUARY + "&a=seller:" + history.luis + "&b=strategy:TOP_DOWN")
                        .with(user(history.luis).roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closeRatio.a.numerator").value(1));
    }

    @Test
    void serviceStaffAndStrangersAreKeptOut() throws Exception {
        mvc.perform(get("/api/v1/sales/kpis?" + JANUARY).with(user("desk").roles("SERVICE")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sales/kpis?" + JANUARY)).andExpect(status().isUnauthorized());
    }

    @Test
    void twoCampaignsAreComparedKpiByKpiWithTheirVerdict() throws Exception {
        mvc.perform(get("/api/v1/sales/comparison?" + JANUARY + "&a=campaign:" + history.topDown + "&b=campaign:"
                                + history.bottomUp)
                        .header("Accept-Language", "es")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a").value("campaign:" + history.topDown))
                .andExpect(jsonPath("$.closeRatio.a.numerator").value(2))
                .andExpect(jsonPath("$.closeRatio.a.denominator").value(4))
                .andExpect(jsonPath("$.closeRatio.b.denominator").value(1))
                .andExpect(jsonPath("$.closeRatio.difference.value").value(-0.5))
                .andExpect(jsonPath("$.closeRatio.enoughData").value(false))
                .andExpect(jsonPath("$.closeRatio.verdict")
                        .value("Aún no se puede decir cuál funciona mejor: hacen falta más propuestas"))
                .andExpect(jsonPath("$.salesCycleDays.a.n").value(2));
    }

    @Test
    void badParametersAreA400NamingThem() throws Exception {
        bad("/api/v1/sales/kpis?groupBy=colour", "groupBy");
        bad("/api/v1/sales/kpis?from=2025-13-01", "from");
        bad("/api/v1/sales/kpis?from=2025-02-01&to=2025-01-01", "to");
        bad("/api/v1/sales/comparison?a=strategy:SIDEWAYS&b=strategy:TOP_DOWN", "a");
        bad("/api/v1/sales/comparison?a=strategy:TOP_DOWN&b=campaign:nine", "b");
        bad("/api/v1/sales/comparison?a=strategy:TOP_DOWN", "b");
    }

    @Test
    void theFunnelPageDrawsEveryStageWithItsLinkAndTheKpis() throws Exception {
        mvc.perform(get("/sales/funnel?" + JANUARY + "&campaignId=" + history.topDown + "&groupBy=month")
                        .header("Accept-Language", "es")
                        .with(user("boss").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-stage=\"WON\"")))
                .andExpect(content()
                        .string(containsString("/sales/prospects?reached=PROPOSAL&amp;campaignId=" + history.topDown
                                + "&amp;from=2025-01-01&amp;to=2025-02-01")))
                .andExpect(
                        content().string(containsString("Lo habitual según el artículo de partida: entre 4 % y 18 %")))
                .andExpect(content().string(containsString("2025-01")));
    }

    @Test
    void aBadDateOnTheFunnelPageIsShownNextToItsField() throws Exception {
        mvc.perform(get("/sales/funnel?from=yesterday")
                        .header("Accept-Language", "en")
                        .with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the date as YYYY-MM-DD.")));
        mvc.perform(get("/sales/funnel").with(user("desk").roles("SERVICE"))).andExpect(status().isForbidden());
    }

    @Test
    void theComparisonPageAndTheCampaignFragmentAnswer() throws Exception {
        mvc.perform(get("/sales/comparison?" + JANUARY + "&a=campaign:" + history.topDown + "&b=campaign:"
                                + history.bottomUp)
                        .header("Accept-Language", "es")
                        .with(user("boss").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hacen falta más propuestas")));
        mvc.perform(get("/sales/campaigns/" + history.topDown + "/funnel")
                        .header("Accept-Language", "es")
                        .with(user("boss").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"campaign-brought\"")))
                .andExpect(content().string(containsString("Clientes ganados: 0.")));
    }

    private void bad(String url, String field) throws Exception {
        mvc.perform(get(url).with(user("boss").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
