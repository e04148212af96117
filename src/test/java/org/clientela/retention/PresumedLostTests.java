package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.LocalDate;
import org.clientela.retention.internal.fits.CustomerBaseModel;
import org.clientela.retention.internal.losses.Loss;
import org.clientela.retention.internal.losses.LossRegister;
import org.clientela.retention.internal.losses.PresumedLost;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Presumed-lost candidates and lifetime values with a fitted model (a stand-in whose answers are
 * easy to work out: a customer silent for more than 26 weeks has a 10 % chance of being active,
 * others 90 %; the lifetime value is the average spend times the purchase days).
 */
@EmptyBusiness
abstract class PresumedLostTests {

    /** The stand-in the class comment describes. */
    static CustomerBaseModel.Fit fittedModel(Clock clock) {
        return new CustomerBaseModel.Fit() {
            @Override
            public LocalDate calibrationEnd() {
                return LocalDate.now(clock);
            }

            @Override
            public double probabilityAlive(int x, double tx, double t) {
                return t - tx > 26 ? 0.1 : 0.9;
            }

            @Override
            public double expectedPurchases(int x, double tx, double t, double horizon) {
                return 0;
            }

            @Override
            public double expectedLifetimeValue(int x, double tx, double t, double averageSpend) {
                return averageSpend * (x + 1);
            }
        };
    }

    static final org.springframework.test.web.servlet.request.RequestPostProcessor SELLER =
            user("vendedora").roles("SALES");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PresumedLost presumed;

    @Autowired
    LossRegister register;

    LossFixtures data;
    LocalDate today;

    @Autowired
    ModelStandIn model;

    @BeforeEach
    void fixtures() {
        data = new LossFixtures(jdbc);
        today = LocalDate.now(clock);
        model.use(fittedModel(clock));
    }

    @AfterEach
    void theApplicationsOwnModel() {
        model.reset();
    }

    @Test
    void silentCustomersNotMarkedLostAreCandidates() throws Exception {
        long gone = data.customer("Callado");
        long active = data.customer("Activo");
        long marked = data.customer("Ya marcado");
        data.order(gone, today.minusDays(400), "40.00");
        data.order(gone, today.minusDays(300), "60.00");
        data.order(active, today.minusDays(400), "40.00");
        data.order(active, today.minusDays(10), "60.00");
        data.order(marked, today.minusDays(300), "60.00");
        register.markLost(marked, "CLOSED", null, today.minusDays(100));

        assertThat(presumed.refresh()).isGreaterThanOrEqualTo(2);

        var ids = presumed.page(0, 1000).items().stream()
                .map(c -> c.customer().id())
                .toList();
        assertThat(ids).contains(gone).doesNotContain(active, marked);
        var candidate = presumed.page(0, 1000).items().stream()
                .filter(c -> c.customer().id() == gone)
                .findFirst()
                .orElseThrow();
        assertThat(candidate.probabilityAlive()).isEqualTo(0.1);
        assertThat(candidate.purchaseDays()).isEqualTo(2);
        assertThat(candidate.lastPurchase()).isEqualTo(today.minusDays(300));

        // The database may hold other tests' silent customers: the page shows the least likely first.
        String first = presumed.page(0, 25).items().get(0).customer().customerNumber();
        mvc.perform(get("/retention/losses").with(SELLER).header("Accept-Language", "es"))
                .andExpect(content()
                        .string(allOf(
                                containsString(first),
                                containsString("id=\"candidate-table\""),
                                not(containsString("Activo " + data.marker)))));

        mvc.perform(post("/retention/customers/" + gone + "/loss")
                        .with(SELLER)
                        .with(csrf())
                        .param("reason", "INDIFFERENCE")
                        .param("back", "presumed"))
                .andExpect(redirectedUrl("/retention/losses#presumed"));
        assertThat(presumed.page(0, 1000).items()).noneMatch(c -> c.customer().id() == gone);
    }

    /** Orders of 40 and 60 on two days: average 50, two purchase days, so a lifetime value of 100. */
    @Test
    void aLossRecordsTheLifetimeValueOfTheModel() {
        long id = data.customer("Con valor");
        data.order(id, today.minusDays(100), "40.00");
        data.order(id, today.minusDays(50), "60.00");
        Loss loss = register.markLost(id, "SERVICE_FELL", null, today);
        assertThat(loss.lostLifetimeValue()).isEqualByComparingTo("100.00");
        assertThat(loss.lostRevenue()).isEqualByComparingTo("100.00");
    }
}
