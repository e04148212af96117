package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.clientela.customers.CustomerId;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What retention does with the let-downs service reports: stored once per source, a radar signal
 * while recent, and the suggested reason when the customer is marked lost (H2 and PostgreSQL twins).
 */
@EmptyBusiness
abstract class LetDownsTests {

    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LetDowns letDowns;

    @Autowired
    RetentionRadar radar;

    @Test
    void aLetDownHeardTwiceIsStoredOnceAndNamesTheLikelyReasonOfALoss() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long promised = f.customer("Prometido");
        long complained = f.customer("Reclamó");
        long longAgo = f.customer("Hace tiempo");
        long nothing = f.customer("Sin nada");
        Instant now = clock.instant();
        long promise = 900_000_000L + promised;

        letDowns.promiseBroken(CustomerId.of(promised), promise, now.minus(Duration.ofDays(3)));
        letDowns.promiseBroken(CustomerId.of(promised), promise, now.minus(Duration.ofDays(3)));
        letDowns.complaintClosedAgainst(
                CustomerId.of(complained), 900_000_000L + complained, now.minus(Duration.ofDays(1)));
        letDowns.promiseBroken(CustomerId.of(longAgo), 900_000_000L + longAgo, now.minus(Duration.ofDays(400)));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_let_down WHERE source_id = :s AND kind = 'PROMISE_BROKEN'")
                        .param("s", promise)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/customers/{id}/loss/suggested-reason", promised)
                        .with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("BROKEN_PROMISE"))
                .andExpect(jsonPath("$.because").value("PROMISE_BROKEN"));
        mvc.perform(get("/api/v1/customers/{id}/loss/suggested-reason", complained)
                        .with(MANAGER))
                .andExpect(jsonPath("$.reason").value("UNRESOLVED_COMPLAINT"));
        mvc.perform(get("/api/v1/customers/{id}/loss/suggested-reason", longAgo).with(MANAGER))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/customers/{id}/loss/suggested-reason", nothing).with(MANAGER))
                .andExpect(status().isNoContent());

        mvc.perform(get("/retention/customers/{id}/loss", complained)
                        .with(MANAGER)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"UNRESOLVED_COMPLAINT\" selected=\"selected\"")))
                .andExpect(content().string(containsString("a complaint of this customer was closed against them")));
        mvc.perform(get("/retention/customers/{id}/loss", nothing).with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"\" selected=\"selected\">")))
                .andExpect(content().string(not(containsString("reason-suggested"))));
    }

    @Test
    void theRadarSaysARecentLetDownAmongItsReasonsWhateverTheCustomersHistory() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long category = f.category("Varios");
        LocalDate today = LocalDate.now(clock);
        long recent = f.customer("Reciente");
        long old = f.customer("Antiguo");
        f.order(recent, today.minusDays(20), category, "50.00");
        f.order(old, today.minusDays(20), category, "50.00");
        Instant now = clock.instant();
        letDowns.promiseBroken(CustomerId.of(recent), 800_000_000L + recent, now.minus(Duration.ofDays(10)));
        letDowns.complaintClosedAgainst(CustomerId.of(old), 800_000_000L + old, now.minus(Duration.ofDays(200)));

        assertThat(radar.runNow("MANUAL", "test")).isPresent();

        mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", String.valueOf(recent))
                        .with(MANAGER)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", hasItem("PROMISE_BROKEN")))
                .andExpect(jsonPath(
                        "$.items[*].explanation", hasItem(containsString("A promise made to the customer broke"))));
        mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", String.valueOf(old))
                        .with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", not(hasItem("COMPLAINT_CLOSED_AGAINST"))));
    }
}
