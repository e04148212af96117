package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.RankedCustomer;
import org.clientela.retention.internal.segments.CustomerSegmentation;
import org.clientela.retention.internal.segments.RfmSegment;
import org.clientela.retention.internal.segments.SegmentReport;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RFM ranking, the segmentation run, the segments pages and the customer-page cards on a
 * real database (H2 and PostgreSQL twins). The database is shared with other tests, so the run's
 * figures are checked on customers at the extremes (whose scores no other data can move) and on
 * categories of this test's own; the exact quintiles are checked on orders of 1985, before
 * anyone else's.
 */
@EmptyBusiness
abstract class SegmentsTests {

    static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CustomerPurchases ranking;

    @Autowired
    CustomerSegmentation segmentation;

    @Autowired
    SegmentReport report;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void ranksInQuintilesKeepingTiesTogether() {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long cat = f.category("Varios");
        int[] orders = {1, 1, 1, 4, 5, 6, 7, 8, 9, 10};
        long[] ids = new long[10];
        LocalDate start = LocalDate.of(1985, 1, 1);
        for (int k = 1; k <= 10; k++) {
            long id = f.customer("Cliente " + k);
            ids[k - 1] = id;
            int n = orders[k - 1];
            LocalDate last = start.plusDays(10L * k);
            int total = (11 - k) * 1000;
            for (int i = 0; i < n - 1; i++) {
                f.order(id, last.minusDays(i + 1), cat, "1.00");
            }
            f.order(id, last, cat, (total - (n - 1)) + ".00");
        }
        // Customer 1 also split a basket in five orders on their one day: still one purchase day.
        for (int i = 0; i < 4; i++) {
            f.order(ids[0], start.plusDays(10), cat, "0.00");
        }
        Map<Long, RankedCustomer> ranked = new HashMap<>();
        Set<Long> mine = new java.util.HashSet<>();
        for (long id : ids) {
            mine.add(id);
        }
        transactions.executeWithoutResult(s -> ranking.rankAll(LocalDate.of(1985, 12, 31), c -> {
            if (mine.contains(c.customerId())) {
                ranked.put(c.customerId(), c);
            }
        }));

        int[] r = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        // ranks by purchase days 1,1,1,4,5,...,10 (customer 1's five orders are one day): score
        // 1 + 5 * (rank - 1) / 10; counted by orders, customer 1 would tie with customer 5 and score 2
        int[] fr = {1, 1, 1, 2, 3, 3, 4, 4, 5, 5};
        int[] m = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
        assertThat(ranked).hasSize(10);
        for (int k = 1; k <= 10; k++) {
            RankedCustomer c = ranked.get(ids[k - 1]);
            assertThat(c.recency()).as("R of customer %d", k).isEqualTo(r[k - 1]);
            assertThat(c.frequency()).as("F of customer %d", k).isEqualTo(fr[k - 1]);
            assertThat(c.monetary()).as("M of customer %d", k).isEqualTo(m[k - 1]);
            assertThat(c.purchaseDays()).isEqualTo(orders[k - 1]);
            assertThat(c.orders()).isEqualTo(k == 1 ? 5 : orders[k - 1]);
            assertThat(c.revenue()).isEqualByComparingTo(String.valueOf((11 - k) * 1000));
            assertThat(c.lastPurchase()).isEqualTo(start.plusDays(10L * k));
        }
    }

    /** A customer with five orders on today's date alone, and the biggest spend: not a champion. */
    @Test
    void fiveOrdersOnOneDayDoNotMakeAChampion() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        business(f);
        long basket = f.category("Cesta");
        long splitBasket = f.customer("Cesta partida");
        for (int i = 0; i < 5; i++) {
            f.order(splitBasket, LocalDate.now(clock), basket, "990000.00");
        }

        segmentation.runNow();

        SegmentReport.Member member = report.of(splitBasket).orElseThrow();
        assertThat(member.orders()).isEqualTo(5);
        assertThat(member.purchaseDays()).isEqualTo(1);
        assertThat(List.of(member.r(), member.f(), member.m())).containsExactly(5, 1, 5);
        assertThat(member.segment()).isEqualTo(RfmSegment.PROMISING);
        mvc.perform(get("/retention/customers/" + splitBasket + "/rhythm")
                        .with(VIEWER)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "5 orders on 1 purchase day (several orders on one day count as one purchase)")))
                .andExpect(content().string(containsString("1/5 for frequency")));
        mvc.perform(get("/retention/customers/" + splitBasket + "/rhythm")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "5 pedidos en 1 día de compra (varios pedidos en un mismo día cuentan como una compra)")))
                .andExpect(content().string(containsString("1/5 en frecuencia")));
    }

    /** The cast of the run: returns the ids of champion, lost, target (a Café-only buyer). */
    long[] business(RetentionFixtures f) {
        LocalDate today = LocalDate.now(clock);
        long coffee = f.category("Café");
        long tea = f.category("Té");
        long sugar = f.category("Azúcar");
        long champion = f.customer("Campeón");
        for (int i = 0; i < 60; i++) {
            f.order(champion, today.minusDays(i), sugar, "900000.00");
        }
        long lost = f.customer("Perdido");
        f.order(lost, today.minusDays(4000), sugar, "0.01");
        for (int i = 0; i < 40; i++) {
            f.order(f.customer("Relleno " + i), today.minusDays(700 + i), sugar, "3.00");
        }
        for (int i = 0; i < 12; i++) {
            long regular = f.customer("Habitual " + i);
            f.order(regular, today.minusDays(300), coffee, "12.00");
            f.order(regular, today.minusDays(10 + i), coffee, "10.00", tea, "5.00");
        }
        long target = f.customer("Solo café");
        for (int i = 1; i <= 5; i++) {
            f.order(target, today.minusDays(10L * i), coffee, "20.00");
        }
        return new long[] {champion, lost, target, coffee, tea, sugar};
    }

    @Test
    void theRunWritesSegmentsAndCategoryPairs() {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long[] cast = business(f);

        long segmented = segmentation.runNow();

        assertThat(segmented).isGreaterThanOrEqualTo(55);
        SegmentReport.Member champion = report.of(cast[0]).orElseThrow();
        assertThat(champion.segment()).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(List.of(champion.r(), champion.f(), champion.m())).containsExactly(5, 5, 5);
        assertThat(champion.orders()).isEqualTo(60);
        assertThat(champion.revenue()).isEqualByComparingTo("54000000.00");
        SegmentReport.Member lost = report.of(cast[1]).orElseThrow();
        assertThat(lost.segment()).isEqualTo(RfmSegment.LOST);
        assertThat(List.of(lost.r(), lost.f(), lost.m())).containsExactly(1, 1, 1);
        assertThat(report.latestRun().orElseThrow().customers()).isEqualTo(segmented);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_customer_segment")
                        .query(Long.class)
                        .single())
                .isEqualTo(segmented);

        long coffee = cast[3], tea = cast[4], sugar = cast[5];
        assertThat(pair(coffee, coffee)).containsExactly(13L, 13L);
        assertThat(pair(coffee, tea)).containsExactly(12L, 12L);
        assertThat(pair(tea, coffee)).containsExactly(12L, 12L);
        assertThat(pair(tea, tea)).containsExactly(12L, 12L);
        assertThat(pair(sugar, sugar)).containsExactly(42L, 1L);
        assertThat(pair(coffee, sugar)).isEmpty();
        assertThat(report.totals()).hasSize(RfmSegment.values().length);
        assertThat(report.totals().stream()
                        .mapToLong(SegmentReport.SegmentTotal::customers)
                        .sum())
                .isEqualTo(segmented);
    }

    private List<Long> pair(long first, long second) {
        return jdbc.sql("""
                        SELECT customers, still_buying FROM retention_category_pair
                         WHERE first_category = :a AND second_category = :b""")
                .param("a", first)
                .param("b", second)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(List.of());
    }

    @Test
    void theCustomerPageExplainsSegmentRhythmAndWhatElseInBothLanguages() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long[] cast = business(f);
        segmentation.runNow();
        long target = cast[2];

        mvc.perform(get("/retention/customers/" + target + "/what-else")
                        .with(VIEWER)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content()
                        .string(containsString(
                                "92% of the 13 customers who buy Café " + f.marker + " also buy Té " + f.marker)))
                .andExpect(content().string(containsString("this customer has never bought Té " + f.marker)));
        mvc.perform(get("/retention/customers/" + target + "/what-else")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "de los 13 clientes que compran Café " + f.marker + " también compran Té " + f.marker)))
                .andExpect(content().string(containsString("este cliente nunca ha comprado Té " + f.marker)));

        mvc.perform(get("/retention/customers/" + target + "/rhythm")
                        .with(VIEWER)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Buys every 10 days (the median between their 5 purchase days)")))
                .andExpect(content().string(containsString("€100.00 in the last 12 months")))
                .andExpect(content().string(containsString("last purchase 10 days ago, 5 orders, €100.00 in total")));
        mvc.perform(get("/retention/customers/" + cast[0] + "/rhythm")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Campeones")))
                .andExpect(content().string(containsString("5/5 en recencia, 5/5 en frecuencia y 5/5 en importe")));
        long newcomer = f.customer("Sin compras");
        mvc.perform(get("/retention/customers/" + newcomer + "/rhythm")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Sin compras todavía")));
        mvc.perform(get("/retention/customers/" + newcomer + "/what-else")
                        .with(VIEWER)
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Nothing to suggest")));
    }

    @Test
    void segmentPagesInBothLanguages() throws Exception {
        RetentionFixtures f = new RetentionFixtures(jdbc);
        long[] cast = business(f);
        segmentation.runNow();

        mvc.perform(get("/retention/segments").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Segmentos de clientes")))
                .andExpect(content().string(containsString("No podemos perderlos")))
                .andExpect(content().string(containsString("/js/retention-segments.js")))
                .andExpect(content().string(not(containsString("Calcular ahora"))));
        mvc.perform(get("/retention/segments").with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Can&#39;t lose them")))
                .andExpect(content().string(containsString("Compute now")));
        mvc.perform(get("/retention/segments/champions").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Campeón " + f.marker)))
                .andExpect(content().string(containsString(">Purchase days</th>")))
                .andExpect(content().string(containsString("<td class=\"text-end purchase-days\">60</td>")))
                .andExpect(content().string(containsString("/customers/" + cast[0])));
        mvc.perform(get("/retention/segments/lost?sort=RECENT&page=0")
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Perdidos")));
        mvc.perform(get("/retention/segments/nonsense").with(VIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/retention/segments/lost?page=-3&sort=whatever").with(VIEWER))
                .andExpect(status().isOk());
    }

    @Test
    void onlyManagersStartARunAndAlwaysWithTheFormToken() throws Exception {
        mvc.perform(post("/retention/segments/run").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/retention/segments/run").with(MANAGER)).andExpect(status().isForbidden());
        mvc.perform(post("/retention/segments/run").with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/retention/segments"))
                .andExpect(flash().attribute("flash", "retention.segments.run.done"));
        mvc.perform(get("/retention/segments")).andExpect(status().is3xxRedirection());
    }
}
