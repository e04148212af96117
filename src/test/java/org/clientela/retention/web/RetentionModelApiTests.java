package org.clientela.retention.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The model API against the real database (H2 and PostgreSQL twins). The simulated shop trades in
 * 1999, after the CDNOW test's calibration end (1997-09-30), so neither disturbs the other; the
 * expected counts are read from all orders up to the fit's end, whoever put them there.
 */
@EmptyBusiness
abstract class RetentionModelApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");
    static final LocalDate END = LocalDate.parse("1999-12-31");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerImporter customerImporter;

    @Autowired
    OrderImporter orderImporter;

    @Autowired
    CustomerDirectory directory;

    static Map<String, Long> shop;
    static String marker;

    @BeforeEach
    synchronized void openTheShopOnce() {
        boolean opened = shop != null && !directory.idsByNumber(shop.keySet()).isEmpty();
        if (!opened) {
            marker = "M"
                    + UUID.randomUUID()
                            .toString()
                            .replace("-", "")
                            .substring(0, 8)
                            .toUpperCase();
            shop = SimulatedShop.open(
                    customerImporter, orderImporter, directory, marker, 300, LocalDate.parse("1999-01-01"), END, 42);
        }
    }

    ResultActions fit(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/v1/retention/model-fits")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header("Accept-Language", "es"));
    }

    @Test
    void fitsTheModelAndScoresACustomerWithIt() throws Exception {
        String body = fit(ADMIN, "{\"calibrationEnd\":\"1999-12-31\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.model").value("BG/NBD"))
                .andExpect(jsonPath("$.calibrationEnd").value("1999-12-31"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String parameter : new String[] {"r", "alpha", "a", "b", "p", "q", "gamma"}) {
            assertThat(((Number) JsonPath.read(body, "$." + parameter)).doubleValue())
                    .as(parameter)
                    .isPositive()
                    .isFinite();
        }
        assertThat(((Number) JsonPath.read(body, "$.logLikelihood")).doubleValue())
                .isNegative();
        long repeat = ((Number) JsonPath.read(body, "$.repeatPurchases")).longValue();
        long expectedRepeat = jdbc.sql("""
                        SELECT COUNT(*) - COUNT(DISTINCT o.customer_id) FROM (SELECT DISTINCT customer_id, order_date
                          FROM sales_order WHERE order_date <= :end) o""").param("end", END).query(Long.class).single();
        long expectedCustomers = jdbc.sql(
                        "SELECT COUNT(DISTINCT customer_id) FROM sales_order WHERE order_date <= :end")
                .param("end", END)
                .query(Long.class)
                .single();
        assertThat(repeat).isEqualTo(expectedRepeat);
        assertThat(((Number) JsonPath.read(body, "$.customers")).longValue())
                .isEqualTo(expectedCustomers)
                .isGreaterThanOrEqualTo(300);

        long someone = shop.get(marker + "-7");
        String score = mvc.perform(get("/api/v1/customers/" + someone + "/retention")
                        .param("horizonWeeks", "26")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scored").value(true))
                .andExpect(jsonPath("$.calibrationEnd").value("1999-12-31"))
                .andExpect(jsonPath("$.horizonWeeks").value(26))
                .andExpect(jsonPath("$.signals", hasSize(0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        double alive = ((Number) JsonPath.read(score, "$.probabilityAlive")).doubleValue();
        double in26 = ((Number) JsonPath.read(score, "$.expectedPurchases")).doubleValue();
        double value = ((Number) JsonPath.read(score, "$.expectedLifetimeValue")).doubleValue();
        assertThat(alive).isBetween(0.0, 1.0);
        assertThat(in26).isNotNegative();
        assertThat(value).isNotNegative();
        String year = mvc.perform(
                        get("/api/v1/customers/" + someone + "/retention").with(ADMIN))
                .andExpect(jsonPath("$.horizonWeeks").value(52))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(year, "$.expectedPurchases")).doubleValue())
                .isGreaterThanOrEqualTo(in26);
        mvc.perform(get("/api/v1/retention/model-fits/latest").with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.r").value(closeTo(((Number) JsonPath.read(body, "$.r")).doubleValue(), 1e-12)));
    }

    @Test
    void aCustomerWhoHadNotBoughtYetIsNotScored() throws Exception {
        fit(ADMIN, "{\"calibrationEnd\":\"1999-12-31\"}").andExpect(status().isCreated());
        String body = mvc.perform(post("/api/v1/customers")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Sin compras " + marker + "\",\"kind\":\"PERSON\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/v1/customers/" + id + "/retention").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scored").value(false))
                .andExpect(jsonPath("$.probabilityAlive").doesNotExist())
                .andExpect(jsonPath("$.signals", hasSize(0)));
        mvc.perform(get("/api/v1/customers/999999999/retention").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void tooLittleDataIsRefusedWithTheReasonNeverNaN() throws Exception {
        fit(ADMIN, "{\"calibrationEnd\":\"1979-12-31\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("al menos 10")));
    }

    @Test
    void badDatesAndHorizonsAreRefusedNamingTheField() throws Exception {
        fit(ADMIN, "{\"calibrationEnd\":\"31/12/1980\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("31/12/1980")));
        fit(ADMIN, "{\"calibrationEnd\":\"" + LocalDate.now().plusDays(2) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"));
        long someone = shop.values().iterator().next();
        for (String horizon : new String[] {"0", "521", "mucho"}) {
            mvc.perform(get("/api/v1/customers/" + someone + "/retention")
                            .param("horizonWeeks", horizon)
                            .with(ADMIN))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("horizonWeeks"));
        }
    }

    @Test
    void onlyAdminsAndManagersFit() throws Exception {
        fit(user("s").roles("SALES"), "{\"calibrationEnd\":\"1999-12-31\"}").andExpect(status().isForbidden());
        fit(user("v").roles("VIEWER"), "{}").andExpect(status().isForbidden());
        fit(user("m").roles("MANAGER"), "{\"calibrationEnd\":\"1999-12-31\"}").andExpect(status().isCreated());
        mvc.perform(post("/api/v1/retention/model-fits")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    ResultActions check(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/v1/retention/model-checks")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header("Accept-Language", "es"));
    }

    /** Purchase days in (calibrationEnd, holdoutEnd] of the customers who had bought by calibrationEnd. */
    long repeatPurchaseDays(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT DISTINCT customer_id, order_date FROM sales_order
                         WHERE order_date > :c AND order_date <= :h
                           AND customer_id IN (SELECT customer_id FROM sales_order WHERE order_date <= :c)) d""")
                .param("c", calibrationEnd)
                .param("h", holdoutEnd)
                .query(Long.class)
                .single();
    }

    @Test
    void checksTheModelUpToTheNewestOrderByDefaultWithTheWeeklyCurve() throws Exception {
        LocalDate newest = jdbc.sql("SELECT MAX(order_date) FROM sales_order")
                .query(LocalDate.class)
                .single();
        LocalDate calibrationEnd = newest.minusWeeks(26);
        String body = check(ADMIN, "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holdoutEnd").value(newest.toString()))
                .andExpect(jsonPath("$.calibrationEnd").value(calibrationEnd.toString()))
                .andExpect(jsonPath("$.holdoutWeeks").value(26.0))
                .andExpect(jsonPath("$.byFrequency", hasSize(8)))
                .andExpect(jsonPath("$.byFrequency[7].orMore").value(true))
                .andExpect(jsonPath("$.warnings", hasSize(0)))
                .andExpect(jsonPath("$.model.name").value("BG/NBD"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        double predicted = ((Number) JsonPath.read(body, "$.predictedRepeatPurchases")).doubleValue();
        long actual = ((Number) JsonPath.read(body, "$.actualRepeatPurchases")).longValue();
        assertThat(actual).isEqualTo(repeatPurchaseDays(calibrationEnd, newest)).isGreaterThanOrEqualTo(30);
        assertThat(predicted).isPositive();
        assertThat(((Number) JsonPath.read(body, "$.model.r")).doubleValue()).isPositive();

        java.util.List<Map<String, Object>> weekly = JsonPath.read(body, "$.weekly");
        int learnt = ((Number) JsonPath.read(body, "$.lastCalibrationWeek")).intValue();
        assertThat(((Number) weekly.get(0).get("week")).intValue()).isEqualTo(1);
        assertThat(weekly).hasSize(learnt + 26);
        double holdoutPredicted = 0;
        double holdoutActual = 0;
        double before = 0;
        for (Map<String, Object> week : weekly) {
            double cumulative = ((Number) week.get("cumulativePredicted")).doubleValue();
            assertThat(cumulative).isGreaterThanOrEqualTo(before - 1e-3);
            before = cumulative;
            if (((Number) week.get("week")).intValue() > learnt) {
                holdoutPredicted += ((Number) week.get("predicted")).doubleValue();
                holdoutActual += ((Number) week.get("actual")).doubleValue();
            }
        }
        assertThat(holdoutPredicted).isCloseTo(predicted, org.assertj.core.api.Assertions.within(0.05));
        assertThat(holdoutActual).isEqualTo((double) actual);
        double groupsPredicted = 0;
        long groupsActual = 0;
        for (Map<String, Object> group : JsonPath.<java.util.List<Map<String, Object>>>read(body, "$.byFrequency")) {
            groupsPredicted += ((Number) group.get("predicted")).doubleValue();
            groupsActual += ((Number) group.get("actual")).longValue();
            long customers = ((Number) group.get("customers")).longValue();
            if (customers > 0) {
                assertThat(((Number) group.get("actualPerCustomer")).doubleValue())
                        .isCloseTo(
                                ((Number) group.get("actual")).doubleValue() / customers,
                                org.assertj.core.api.Assertions.within(1e-4));
            }
        }
        assertThat(groupsPredicted).isCloseTo(predicted, org.assertj.core.api.Assertions.within(0.05));
        assertThat(groupsActual).isEqualTo(actual);
    }

    @Test
    void aPeriodWithoutOrdersIsCheckedButSaysSo() throws Exception {
        // The shop's history ends in 1999; checked up to today, nothing can have happened.
        check(ADMIN, "{\"holdoutEnd\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualRepeatPurchases").value(0))
                .andExpect(jsonPath("$.warnings[0].code").value("NO_PURCHASES_IN_PERIOD"))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value(org.hamcrest.Matchers.containsString(
                                "No hay ninguna compra repetida en el periodo comprobado")))
                .andExpect(jsonPath("$.warnings[1].code").value("AFTER_LAST_ORDER"));
        mvc.perform(post("/api/v1/retention/model-checks")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"calibrationEnd\":\"2000-06-30\",\"holdoutEnd\":\"2001-06-30\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0].message")
                        .value(org.hamcrest.Matchers.containsString("No repeat purchase in the checked period")));
    }

    @Test
    void aPeriodWithFewPurchasesSaysSo() throws Exception {
        LocalDate holdoutEnd = jdbc.sql("SELECT MAX(order_date) FROM sales_order")
                .query(LocalDate.class)
                .single();
        LocalDate calibrationEnd = holdoutEnd.minusDays(1);
        while (repeatPurchaseDays(calibrationEnd, holdoutEnd) == 0) {
            calibrationEnd = calibrationEnd.minusDays(1);
        }
        long actual = repeatPurchaseDays(calibrationEnd, holdoutEnd);
        assertThat(actual).as("a period of a few days in the simulated shop").isBetween(1L, 29L);
        check(ADMIN, "{\"calibrationEnd\":\"" + calibrationEnd + "\",\"holdoutEnd\":\"" + holdoutEnd + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actualRepeatPurchases").value(actual))
                .andExpect(jsonPath("$.warnings", hasSize(1)))
                .andExpect(jsonPath("$.warnings[0].code").value("FEW_PURCHASES_IN_PERIOD"))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value(org.hamcrest.Matchers.startsWith("Solo hay " + actual + " compras repetidas")));
    }

    @Test
    void badCheckDatesAreRefusedNamingTheField() throws Exception {
        check(ADMIN, "{\"calibrationEnd\":\"31/12/1999\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("31/12/1999")));
        check(ADMIN, "{\"holdoutEnd\":\"mañana\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("holdoutEnd"));
        check(ADMIN, "{\"calibrationEnd\":\"1999-12-31\",\"holdoutEnd\":\"1999-12-31\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"));
        check(ADMIN, "{\"calibrationEnd\":\"1999-12-31\",\"holdoutEnd\":\"1999-06-30\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"));
        check(ADMIN, "{\"calibrationEnd\":\"1999-12-31\",\"holdoutEnd\":\"2005-01-31\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("holdoutEnd"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("260 semanas")));
        check(
                        ADMIN,
                        "{\"calibrationEnd\":\"" + LocalDate.now().plusDays(2) + "\",\"holdoutEnd\":\""
                                + LocalDate.now().plusWeeks(10) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"));
        // Before the shop opened: fewer customers than the model's minimum.
        check(ADMIN, "{\"calibrationEnd\":\"1979-12-31\",\"holdoutEnd\":\"1980-12-31\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("calibrationEnd"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("al menos 10")));
    }

    @Test
    void onlyAdminsAndManagersCheck() throws Exception {
        check(user("s").roles("SALES"), "{}").andExpect(status().isForbidden());
        check(user("v").roles("VIEWER"), "{}").andExpect(status().isForbidden());
        check(user("m").roles("MANAGER"), "{}").andExpect(status().isOk());
        mvc.perform(post("/api/v1/retention/model-checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theCheckIsInTheOpenApiDocument() throws Exception {
        String served = mvc.perform(get("/api/openapi").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The document goes out as JSON, not as a base64 string of it (which the docs page cannot read).
        assertThat(served).startsWith("{");
        String document = served;
        assertThat(JsonPath.<String>read(document, "$.paths['/api/v1/retention/model-checks'].post.summary"))
                .startsWith("Check the model: fit on the orders up to calibrationEnd");
    }
}
