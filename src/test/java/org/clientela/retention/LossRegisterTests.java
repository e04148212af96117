package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.clientela.retention.internal.losses.LossFigures;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.retention.internal.losses.LossStatistics;
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
 * The lost-customer register through its API, against the real database (H2 and PostgreSQL
 * twins): reasons checked field by field, the year's revenue recorded with the loss, one standing
 * loss per customer, the customer's status following, and the figures of a period.
 */
@EmptyBusiness
abstract class LossRegisterTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-test-password");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LossRegister register;

    @Autowired
    LossStatistics statistics;

    LossFixtures data;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        data = new LossFixtures(jdbc);
        today = LocalDate.now(clock);
    }

    ResultActions markLost(long customerId, String json) throws Exception {
        return mvc.perform(post("/api/v1/customers/" + customerId + "/loss")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(json));
    }

    @Test
    void marksACustomerLostWithWhatTheyBoughtInTheYearBefore() throws Exception {
        long id = data.customer("Ferretería Díaz");
        data.order(id, today.minusDays(20), "120.50");
        data.order(id, today.minusDays(200), "79.50");
        data.order(id, today.minusDays(400), "1000.00");

        markLost(id, "{\"reason\":\"COMPETITOR\",\"note\":\"Le ofrecieron mejor precio\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/customers/" + id + "/loss"))
                .andExpect(jsonPath("$.reason").value("COMPETITOR"))
                .andExpect(jsonPath("$.avoidable").value(true))
                .andExpect(jsonPath("$.lostOn").value(today.toString()))
                .andExpect(jsonPath("$.lostAnnualRevenue").value(200.00))
                .andExpect(jsonPath("$.lostLifetimeValue").doesNotExist())
                .andExpect(jsonPath("$.recordedBy").value("admin"));

        await().atMost(Duration.ofSeconds(10)).until(() -> data.status(id).equals("LOST"));
        mvc.perform(get("/api/v1/customers/" + id).with(ADMIN))
                .andExpect(jsonPath("$.status").value("LOST"));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_entry WHERE action = 'CUSTOMER_MARKED_LOST' AND entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAnUnknownReasonAndOtherWithoutANoteNamingTheField() throws Exception {
        long id = data.customer("Sin motivo");
        markLost(id, "{\"reason\":\"BORED\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("\"BORED\" is not a reason of the lost-customer register."));
        markLost(id, "{\"reason\":\"OTHER\",\"note\":\"  \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        markLost(id, "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        markLost(id, "{\"reason\":\"MOVED\",\"lostOn\":\"" + today.plusDays(3) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lostOn"));
        markLost(id, "{\"reason\":\"MOVED\",\"lostOn\":\"0001-01-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lostOn"));
        mvc.perform(get("/api/v1/customers/" + id + "/loss").with(ADMIN)).andExpect(status().isNotFound());

        markLost(id, "{\"reason\":\"OTHER\",\"note\":\"Se jubiló y cerró la tienda al público\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").value("Se jubiló y cerró la tienda al público"));
    }

    @Test
    void aCustomerStandsLostOnceUntilWonBack() throws Exception {
        long id = data.customer("Dos veces");
        markLost(id, "{\"reason\":\"MOVED\",\"lostOn\":\"" + today.minusDays(10) + "\"}")
                .andExpect(status().isCreated());
        markLost(id, "{\"reason\":\"CLOSED\"}").andExpect(status().isConflict());

        mvc.perform(post("/api/v1/customers/" + id + "/won-back").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wonBackOn").value(today.toString()));
        await().atMost(Duration.ofSeconds(10)).until(() -> data.status(id).equals("WON_BACK"));
        mvc.perform(post("/api/v1/customers/" + id + "/won-back").with(ADMIN)).andExpect(status().isNotFound());

        markLost(id, "{\"reason\":\"CLOSED\"}").andExpect(status().isCreated());
        assertThat(register.history(id)).hasSize(2);
        assertThat(register.standing(id)).get().extracting(l -> l.reason()).isEqualTo(LossReason.CLOSED);
    }

    @Test
    void aWinBackHeardBeforeItsLossStillLeavesTheCustomerWonBack() throws Exception {
        // The two events are heard on their own threads, so the win-back can come first: here the
        // loss is on the register but its event was never heard, and the customer still stands CUSTOMER.
        long id = data.customer("Vuelve antes de irse");
        jdbc.sql("""
                        INSERT INTO retention_loss (customer_id, open_customer_id, reason, lost_on, lost_revenue,
                               lost_lifetime_value, currency, recorded_by, recorded_at)
                        VALUES (:id, :id, 'MOVED', :day, 0, 0, 'EUR', 'admin', CURRENT_TIMESTAMP)""").param("id", id).param("day", today.minusDays(5)).update();
        assertThat(data.status(id)).isEqualTo("CUSTOMER");

        mvc.perform(post("/api/v1/customers/" + id + "/won-back").with(ADMIN)).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(10)).until(() -> data.status(id).equals("WON_BACK"));
    }

    @Test
    void unknownCustomersAndReadersAreRefused() throws Exception {
        markLost(Long.MAX_VALUE, "{\"reason\":\"MOVED\"}").andExpect(status().isNotFound());
        long id = data.customer("Solo lectura");
        mvc.perform(post("/api/v1/customers/" + id + "/loss")
                        .with(user("v").roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"MOVED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/retention/losses").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/retention/losses").param("months", "0").with(ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("months"));
    }

    @Test
    void countsStandingLossesOfAPeriodByReasonAndMonthWithWhatTheyCost() {
        long a = data.customer("A");
        long b = data.customer("B");
        long c = data.customer("C");
        long d = data.customer("D");
        data.order(a, data.day(1, 10), "300.00");
        data.order(b, data.day(2, 1), "150.00");
        data.order(b, data.day(2, 20), "50.00");
        data.order(c, data.day(1, 5), "80.00");
        register.markLost(a, "COMPETITOR", null, data.day(3, 1));
        register.markLost(b, "COMPETITOR", null, data.day(3, 31));
        register.markLost(c, "MOVED", null, data.day(5, 2));
        register.markLost(d, "QUALITY_FELL", null, data.day(5, 3));
        register.markWonBack(d, data.day(6, 1));

        LossFigures figures =
                statistics.between(data.day(1, 1), data.day(12, 31).plusDays(1));

        assertThat(figures.count()).isEqualTo(3);
        assertThat(figures.avoidable()).isEqualTo(2);
        assertThat(figures.unavoidable()).isEqualTo(1);
        assertThat(figures.wonBack()).isEqualTo(1);
        assertThat(figures.lostRevenue()).isEqualByComparingTo("580.00");
        assertThat(figures.withoutLifetimeValue()).isEqualTo(3);
        assertThat(figures.byReason().get(LossReason.COMPETITOR).count()).isEqualTo(2);
        assertThat(figures.byReason().get(LossReason.COMPETITOR).lostRevenue()).isEqualByComparingTo("500.00");
        assertThat(figures.byReason().get(LossReason.MOVED).count()).isEqualTo(1);
        assertThat(figures.byReason().get(LossReason.QUALITY_FELL).count()).isZero();
        assertThat(figures.byMonth()).hasSize(12);
        assertThat(figures.byMonth().get(2).count()).isEqualTo(2);
        assertThat(figures.byMonth().get(4).count()).isEqualTo(1);
        assertThat(figures.byMonth().get(4).lostRevenue()).isEqualByComparingTo(new BigDecimal("80.00"));
    }

    @Test
    void theApiSaysHowManyWhyAndWhatItCost() throws Exception {
        long id = data.customer("Última");
        data.order(id, today.minusDays(5), "42.00");
        markLost(id, "{\"reason\":\"INDIFFERENCE\"}").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/retention/losses").param("months", "12").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months").value(12))
                .andExpect(jsonPath("$.count").isNumber())
                .andExpect(jsonPath("$.byReason.INDIFFERENCE").isNumber())
                .andExpect(jsonPath("$.byReason.CLOSED").isNumber())
                .andExpect(jsonPath("$.byMonth.length()").value(12))
                .andExpect(jsonPath("$.lostAnnualRevenue").isNumber())
                .andExpect(jsonPath("$.lostLifetimeValue").isNumber())
                .andExpect(jsonPath("$.currency").value("EUR"));
        LossFigures now = statistics.lastMonths(12, today);
        assertThat(now.byReason().get(LossReason.INDIFFERENCE).count()).isGreaterThanOrEqualTo(1);
    }
}
