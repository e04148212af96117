package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.clientela.orders.figures.CohortCell;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.RepeatBuying;
import org.clientela.retention.internal.losses.Concentration;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Concentration, repeat buying and cohorts on small hand-made order books whose answers are
 * worked out by hand, in a year of the test's own (H2 and PostgreSQL twins).
 */
abstract class RetentionFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConcentrationReport concentration;

    @Autowired
    PurchaseFigures revenue;

    @Autowired
    java.time.Clock clock;

    LossFixtures data;

    @BeforeEach
    void fixtures() {
        data = new LossFixtures(jdbc);
    }

    /**
     * Revenue 600 + 300 + 60 + 30 + 10 = 1000: the top customer has 60 %, the top 5 everything;
     * Herfindahl 0.36 + 0.09 + 0.0036 + 0.0009 + 0.0001 = 0.4546.
     */
    @Test
    void sharesOfTheBiggestCustomersAndTheHerfindahlIndex() {
        long a = data.customer("A");
        long b = data.customer("B");
        long c = data.customer("C");
        long d = data.customer("D");
        long e = data.customer("E");
        data.order(a, data.day(2, 1), "400.00");
        data.order(a, data.day(9, 1), "200.00");
        data.order(b, data.day(3, 1), "300.00");
        data.order(c, data.day(4, 1), "60.00");
        data.order(d, data.day(5, 1), "30.00");
        data.order(e, data.day(6, 1), "10.00");
        data.order(e, data.day(1, 1).minusDays(1), "5000.00"); // the year before: outside
        data.order(e, data.day(12, 31).plusDays(1), "5000.00"); // the year after: outside

        Concentration figures =
                concentration.between(data.day(1, 1), data.day(12, 31).plusDays(1));

        assertThat(figures.customers()).isEqualTo(5);
        assertThat(figures.total()).isEqualByComparingTo("1000.00");
        assertThat(figures.top1Share()).isCloseTo(0.6, within(1e-12));
        assertThat(figures.top5Share()).isCloseTo(1.0, within(1e-12));
        assertThat(figures.top10Share()).isCloseTo(1.0, within(1e-12));
        assertThat(figures.herfindahl()).isCloseTo(0.4546, within(1e-12));
        assertThat(figures.biggest()).extracting(big -> big.customer().id()).containsExactly(a, b, c, d, e);
        assertThat(figures.biggest().get(0).orders()).isEqualTo(2);
        assertThat(figures.alert()).isTrue();
        assertThat(figures.biggestRevenue()).isEqualByComparingTo("600.00");
        assertThat(figures.biggestMargin()).isEqualByComparingTo("180.00");
        assertThat(figures.equivalentCustomers()).isCloseTo(1 / 0.4546, within(1e-9));
    }

    /** Twelve customers buying 100 each: top 1 is 1/12, top 5 is 5/12, top 10 is 10/12, H = 1/12. */
    @Test
    void evenlySpreadSalesRaiseNoAlert() {
        for (int i = 0; i < 12; i++) {
            data.order(data.customer("Igual " + i), data.day(7, 1 + i), "100.00");
        }
        Concentration figures =
                concentration.between(data.day(1, 1), data.day(12, 31).plusDays(1));
        assertThat(figures.top1Share()).isCloseTo(1 / 12.0, within(1e-12));
        assertThat(figures.top5Share()).isCloseTo(5 / 12.0, within(1e-12));
        assertThat(figures.top10Share()).isCloseTo(10 / 12.0, within(1e-12));
        assertThat(figures.herfindahl()).isCloseTo(1 / 12.0, within(1e-12));
        assertThat(figures.biggest()).hasSize(10);
        assertThat(figures.alert()).isFalse();
    }

    @Test
    void aPeriodWithoutSalesIsEmpty() {
        Concentration figures = concentration.between(data.day(1, 1), data.day(1, 2));
        assertThat(figures.isEmpty()).isTrue();
        assertThat(figures.top1Share()).isZero();
        assertThat(figures.herfindahl()).isZero();
        assertThat(figures.alert()).isFalse();
    }

    /** Four new customers in the year; two bought again on a later day, one twice on the same day. */
    @Test
    void repeatBuyingCountsNewCustomersWhoCameBackAnotherDay() {
        long once = data.customer("Una vez");
        long sameDay = data.customer("Dos el mismo día");
        long back = data.customer("Volvió");
        long backNextYear = data.customer("Volvió al año siguiente");
        long old = data.customer("Antiguo");
        data.order(once, data.day(3, 1), "10.00");
        data.order(sameDay, data.day(4, 1), "10.00");
        data.order(sameDay, data.day(4, 1), "12.00");
        data.order(back, data.day(5, 1), "10.00");
        data.order(back, data.day(8, 1), "10.00");
        data.order(backNextYear, data.day(11, 1), "10.00");
        data.order(backNextYear, data.day(12, 31).plusDays(40), "10.00");
        data.order(old, data.day(1, 1).minusDays(1), "10.00");
        data.order(old, data.day(6, 1), "10.00");

        RepeatBuying repeat =
                revenue.repeatBuying(data.day(1, 1), data.day(12, 31).plusDays(1));

        assertThat(repeat.newCustomers()).isEqualTo(4);
        assertThat(repeat.repeaters()).isEqualTo(2);
    }

    /**
     * Q1 cohort: x and y; x buys again in Q2 and Q4, y never. Q2 cohort: z, who buys in Q3 too.
     * So Q1: 2 customers in Q+0, 1 in Q+1, 0 in Q+2, 1 in Q+3; Q2: 1 in Q+0 and Q+1.
     */
    @Test
    void cohortsFollowEachQuartersNewCustomers() {
        long x = data.customer("X");
        long y = data.customer("Y");
        long z = data.customer("Z");
        data.order(x, data.day(1, 15), "10.00");
        data.order(x, data.day(2, 15), "10.00");
        data.order(x, data.day(5, 15), "10.00");
        data.order(x, data.day(11, 15), "10.00");
        data.order(y, data.day(3, 31), "10.00");
        data.order(z, data.day(4, 1), "10.00");
        data.order(z, data.day(9, 30), "10.00");

        List<CohortCell> cells = revenue.quarterlyCohorts(data.day(1, 1)).stream()
                .filter(cell -> cell.cohort().getYear() == data.year)
                .toList();

        assertThat(cells)
                .containsExactly(
                        new CohortCell(data.day(1, 1), 0, 2),
                        new CohortCell(data.day(1, 1), 1, 1),
                        new CohortCell(data.day(1, 1), 3, 1),
                        new CohortCell(data.day(4, 1), 0, 1),
                        new CohortCell(data.day(4, 1), 1, 1));
    }

    /** The last 12 months are kept for the day, and computed again once an order is added. */
    @Test
    void theDaysFiguresAreKeptUntilTheOrderBookChanges() {
        LocalDate today = LocalDate.now(clock);
        Concentration first = concentration.lastYear(today);
        Concentration again = concentration.lastYear(today);
        assertThat(again.customers()).isEqualTo(first.customers());
        assertThat(again.total()).isEqualByComparingTo(first.total());
        assertThat(again.biggest())
                .extracting(big -> big.customer().id())
                .containsExactlyElementsOf(
                        first.biggest().stream().map(big -> big.customer().id()).toList());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_snapshot WHERE name = 'concentration'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long whale = data.customer("Ballena");
        data.order(whale, today, "99999999.00");
        Concentration after = concentration.lastYear(today);
        assertThat(after.biggest().get(0).customer().id()).isEqualTo(whale);
        assertThat(after.customers()).isEqualTo(first.customers() + 1);
        jdbc.sql("DELETE FROM sales_order WHERE customer_id = :id")
                .param("id", whale)
                .update();
    }

    @Test
    void theConcentrationApiGivesSharesAsFractions() throws Exception {
        mvc.perform(get("/api/v1/retention/concentration").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.top1Share").isNumber())
                .andExpect(jsonPath("$.top5Share").isNumber())
                .andExpect(jsonPath("$.top10Share").isNumber())
                .andExpect(jsonPath("$.herfindahl").isNumber())
                .andExpect(jsonPath("$.alertShare").value(0.2))
                .andExpect(jsonPath("$.from")
                        .value(LocalDate.now(clock).minusYears(1).plusDays(1).toString()));
    }
}
