package org.clientela.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clientela.customers.CustomerFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ledger of surprises and apologies through the API, on H2 and PostgreSQL: the contract's body
 * gives a 201 with who gave it and when, a type must fit its kind, bad input is named by field,
 * the monthly totals are the sums of the records, the effect says plainly when there is not enough
 * data, and a viewer only reads.
 */
abstract class GestureApiTests {

    static final RequestPostProcessor SERVICE = user("sergio").roles("SERVICE");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    long customer;

    @BeforeEach
    void customer() {
        customer = new CustomerFixtures(context).person("Cliente detalles " + marker);
    }

    ResultActions give(RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(post("/api/v1/gestures")
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .content(json));
    }

    @Test
    void theContractsBodyGivesA201WithWhoGaveItAndWhen() throws Exception {
        String body = give(SERVICE, """
                        {"customerId":%d,"kind":"SURPRISE","description":"Bombones con el pedido","cost":4.50}""".formatted(customer))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/gestures/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.kind").value("SURPRISE"))
                .andExpect(jsonPath("$.cost").value(4.5))
                .andExpect(jsonPath("$.givenBy").value("sergio"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        LocalDate today = LocalDate.now(ZoneId.of("Atlantic/Canary"));
        assertThat(LocalDate.parse(JsonPath.read(body, "$.givenOn"))).isBetween(today.minusDays(1), today.plusDays(1));
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/gestures/{id}", id).with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Bombones con el pedido"));
        give(SERVICE, """
                        {"customerId":%d,"kind":"APOLOGY","type":"WITH_REMEDY","description":"Le cambiamos la caja rota",
                         "reason":"Llegó golpeada","cost":12,"caseId":77,"orderId":88}""".formatted(customer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("WITH_REMEDY"))
                .andExpect(jsonPath("$.caseId").value(77))
                .andExpect(jsonPath("$.orderId").value(88))
                .andExpect(jsonPath("$.reason").value("Llegó golpeada"));
        mvc.perform(get("/api/v1/gestures").with(VIEWER).param("customerId", String.valueOf(customer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void badInputIsNamedByField() throws Exception {
        give(SERVICE, """
                        {"customerId":%d,"kind":"SURPRISE","type":"WITH_REMEDY","description":" ","cost":-1}""".formatted(customer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("type", "description", "cost")));
        give(SERVICE, """
                        {"customerId":%d,"kind":"SURPRISE","description":"Muestra","cost":1.005,"givenOn":"%s"}""".formatted(customer, LocalDate.now().plusDays(3)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("cost", "givenOn")))
                .andExpect(jsonPath("$.errors[?(@.field == 'cost')].message")
                        .value(hasItems("El coste admite como mucho dos decimales.")));
        give(SERVICE, """
                        {"description":"Muestra"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("customerId", "kind", "cost")));
        give(SERVICE, """
                        {"customerId":%d,"kind":"GIFT","description":"Muestra","cost":1}""".formatted(customer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM satisfaction_gesture WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aViewerReadsButGivesNothing() throws Exception {
        give(VIEWER, """
                        {"customerId":%d,"kind":"SURPRISE","description":"Muestra","cost":1}""".formatted(customer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/gestures/monthly").with(VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/gestures/monthly")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/gestures")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theMonthlyTotalsAreTheSumsOfTheRecords() throws Exception {
        // A month of its own, far enough back that no other test writes in it.
        LocalDate day = LocalDate.now().minusDays(400 + Math.floorMod(marker.hashCode(), 200));
        LocalDate first = day.withDayOfMonth(1);
        LocalDate last = day.withDayOfMonth(day.lengthOfMonth());
        String month = day.toString().substring(0, 7);
        String before = monthly(first, last);
        for (String gesture : List.of(
                "\"kind\":\"SURPRISE\",\"type\":\"SAMPLE\",\"cost\":3.25",
                "\"kind\":\"SURPRISE\",\"type\":\"HANDWRITTEN_NOTE\",\"cost\":0",
                "\"kind\":\"APOLOGY\",\"cost\":20.10")) {
            give(SERVICE, """
                            {"customerId":%d,%s,"description":"Detalle","givenOn":"%s"}""".formatted(customer, gesture, day)).andExpect(status().isCreated());
        }
        String after = monthly(first, last);
        assertThat(count(after, month, "SURPRISE") - count(before, month, "SURPRISE"))
                .isEqualTo(2);
        assertThat(count(after, month, "APOLOGY") - count(before, month, "APOLOGY"))
                .isEqualTo(1);
        assertThat(cost(after, month, "SURPRISE").subtract(cost(before, month, "SURPRISE")))
                .isEqualByComparingTo("3.25");
        assertThat(cost(after, month, "APOLOGY").subtract(cost(before, month, "APOLOGY")))
                .isEqualByComparingTo("20.10");
        BigDecimal sum = jdbc.sql("SELECT SUM(cost) FROM satisfaction_gesture WHERE given_on BETWEEN :f AND :l")
                .param("f", first)
                .param("l", last)
                .query(BigDecimal.class)
                .single();
        assertThat(new BigDecimal(JsonPath.read(after, "$.cost").toString())).isEqualByComparingTo(sum);
        mvc.perform(get("/api/v1/gestures/monthly")
                        .with(VIEWER)
                        .param("from", "2026-06-01")
                        .param("to", "2026-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void theEffectSaysPlainlyWhenThereIsNotEnoughDataYet() throws Exception {
        LocalDate today = LocalDate.now();
        give(SERVICE, """
                        {"customerId":%d,"kind":"APOLOGY","description":"Perdón por el retraso","cost":0}""".formatted(customer)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/gestures/effect")
                        .with(VIEWER)
                        .header("Accept-Language", "en")
                        .param("from", today.minusDays(5).toString())
                        .param("to", today.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enoughData").value(false))
                .andExpect(jsonPath("$.reason").value("WINDOW_OPEN"))
                .andExpect(jsonPath("$.windowDays").value(90))
                .andExpect(jsonPath("$.message").value("No gesture is 90 days old yet, so none can be measured."))
                .andExpect(jsonPath("$.comparison.rateDifference").doesNotExist());
        mvc.perform(get("/api/v1/gestures/effect").with(VIEWER).param("from", "1990-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/gestures/effect")
                        .with(VIEWER)
                        .param("from", "2000-01-01")
                        .param("to", "2000-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enoughData").value(false))
                .andExpect(jsonPath("$.reason").value("TOO_FEW"))
                .andExpect(jsonPath("$.comparison.treated.customers").value(0));
    }

    String monthly(LocalDate from, LocalDate to) throws Exception {
        return mvc.perform(get("/api/v1/gestures/monthly")
                        .with(VIEWER)
                        .param("from", from.toString())
                        .param("to", to.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static long count(String body, String month, String kind) {
        List<Number> values =
                JsonPath.read(body, "$.rows[?(@.month == '" + month + "' && @.kind == '" + kind + "')].gestures");
        return values.isEmpty() ? 0 : values.get(0).longValue();
    }

    static BigDecimal cost(String body, String month, String kind) {
        List<Object> values =
                JsonPath.read(body, "$.rows[?(@.month == '" + month + "' && @.kind == '" + kind + "')].cost");
        return values.isEmpty() ? BigDecimal.ZERO : new BigDecimal(values.get(0).toString());
    }
}
