package org.clientela.retention.internal.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerImporter;
import org.clientela.customers.CustomerOwners;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.Role;
import org.clientela.platform.SettingsStore;
import org.clientela.platform.UserDirectory;
import org.clientela.retention.OpenServiceCases;
import org.clientela.retention.internal.RetentionSettingGroups;
import org.clientela.retention.internal.radar.RadarRuns;
import org.clientela.retention.internal.radar.RadarSettings;
import org.clientela.service.CaseArchive;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;
import org.clientela.support.EmptyBusiness;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Whom the radar asks to call ({@link CallPlan}) from scores written straight into
 * {@code retention_customer_score}: at most {@code calls-per-owner} (3 here, from the settings page) per owner, the most money
 * at risk first, one call per customer; nobody with an open case, a call of this quarter already made,
 * a loss or a presumed loss; owners who are not users handed to the default owner; open calls of
 * earlier runs kept, or closed when the customer bought since. Then the same calls through the API and
 * in the owner's "Mi día" (H2 and PostgreSQL twins).
 */
@EmptyBusiness
abstract class CallPlanTests {

    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");

    @Autowired
    CallPlan plan;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    CustomerImporter importer;

    @Autowired
    UserDirectory users;

    @Autowired
    CaseArchive cases;

    @Autowired
    CustomerOwners owners;

    @Autowired
    ObjectProvider<OpenServiceCases> openCases;

    @Autowired
    RadarSettings settings;

    @Autowired
    RadarRuns runs;

    @Autowired
    BusinessSettings business;

    @Autowired
    Clock clock;

    @Autowired
    SettingsStore settingsPage;

    String prefix;
    Map<String, Long> ids;
    LocalDate today;

    @BeforeEach
    void business() throws IOException {
        settingsPage.update(settingsPage.view().version(), Map.of(RetentionSettingGroups.CALLS_PER_OWNER, "3"));
        jdbc.sql("DELETE FROM retention_call_task").update();
        jdbc.sql("DELETE FROM retention_customer_score").update();
        jdbc.sql("DELETE FROM retention_presumed_lost").update();
        jdbc.sql("DELETE FROM retention_radar_run").update();
        users.ensure("ana", "Ana", Role.SALES);
        users.ensure("luis", "Luis", Role.SALES);
        today = LocalDate.now(clock.withZone(business.timeZone()));
        prefix = "K" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> ownerOf = new LinkedHashMap<>();
        for (String a : List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8")) {
            ownerOf.put(a, "ana");
        }
        ownerOf.put("L1", "luis");
        ownerOf.put("L2", "luis");
        ownerOf.put("L3", "luis");
        ownerOf.put("Z1", "luis");
        ownerOf.put("G1", "ghost");
        ownerOf.put("U1", "");
        List<String> rows = new ArrayList<>();
        ownerOf.forEach((n, o) -> rows.add(prefix + n + ",Cliente " + prefix + n + ",PERSON,,," + o));
        Path file = Files.createTempFile("customers", ".csv");
        List<String> all = new ArrayList<>(List.of("customer_number,name,kind,email,phone,owner"));
        all.addAll(rows);
        Files.write(file, all, StandardCharsets.UTF_8);
        importer.importCsv(file, ImportProgress.NONE);
        Files.deleteIfExists(file);
        ids = new LinkedHashMap<>();
        for (String n : ownerOf.keySet()) {
            ids.put(
                    n,
                    jdbc.sql("SELECT id FROM customer WHERE customer_number = :n")
                            .param("n", prefix + n)
                            .query(Long.class)
                            .single());
        }
    }

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    @Test
    void choosesTheMostMoneyAtRiskPerOwnerLeavesOutWhoMustNotBeCalledAndNeverNobody() {
        choosesAsItShould(plan);
    }

    /**
     * The same choice when the plan stops reading the scores in descending money after two of them
     * and serves every owner still short of calls from their own customers' scores (at a million
     * customers, an owner with few customers at risk would otherwise make it read every score).
     */
    @Test
    void servingTheOwnersShortOfCallsFromTheirOwnCustomersChoosesTheSame() {
        choosesAsItShould(
                new CallPlan(jdbc, template, owners, users, openCases, settings, business, clock, runs, 2, 2));
    }

    void choosesAsItShould(CallPlan plan) {
        String[] order = {"A1", "A2", "A3", "A4", "G1", "A5", "A6", "A7", "L1", "A8", "U1", "L2", "L3", "Z1"};
        String[] money = {"1000", "900", "800", "700", "650", "600", "500", "400", "350", "300", "250", "50", "0", "0"};
        for (int i = 0; i < order.length; i++) {
            score(order[i], i + 1, money[i], order[i].equals("A5") ? "OVERDUE,AOV_DECLINE" : "", 10);
        }
        score("A8", 10, "300", "", 0); // bought today
        // A1 has an open service case, A2 stands lost, A3 is presumed lost, A4 was called this quarter.
        cases.bringIn(List.of(new CaseArchive.PastCase(
                CustomerId.of(ids.get("A1")),
                CaseType.COMPLAINT,
                "PHONE",
                ComplaintReason.NOBODY_ANSWERS,
                "NORMAL",
                "ana",
                "No contestan",
                "Nadie contesta al teléfono",
                clock.instant().minus(Duration.ofDays(1)),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null)));
        jdbc.sql("""
                INSERT INTO retention_loss (customer_id, open_customer_id, reason, lost_on, lost_revenue, currency,
                       recorded_by, recorded_at) VALUES (:c, :c, 'PRICE', :d, 100, 'EUR', 'ana', :at)""")
                .param("c", ids.get("A2"))
                .param("d", today)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("""
                INSERT INTO retention_presumed_lost (customer_id, probability_alive, purchase_days, last_purchase,
                       computed_on) VALUES (:c, 0.1, 5, :d, :d)""").param("c", ids.get("A3")).param("d", today.minusDays(200)).update();
        task("A4", "DONE", clock.instant(), 7);
        // Open calls of an earlier run: A6 is chosen again, A8 bought since, L3 neither.
        long a6 = task("A6", "OPEN", clock.instant().minus(Duration.ofDays(3)), 7);
        long a8 = task("A8", "OPEN", clock.instant().minus(Duration.ofDays(3)), 7);
        long l3 = task("L3", "OPEN", clock.instant().minus(Duration.ofDays(3)), 7);

        long created = plan.plan(100, today);

        List<String> chosen = callsOfRun(100);
        assertThat(chosen)
                .containsExactly(
                        "admin:" + prefix + "G1",
                        "admin:" + prefix + "U1",
                        "ana:" + prefix + "A5",
                        "ana:" + prefix + "A6",
                        "ana:" + prefix + "A7",
                        "luis:" + prefix + "L1",
                        "luis:" + prefix + "L2");
        assertThat(created).isEqualTo(6);
        assertThat(jdbc.sql("SELECT run_id FROM retention_call_task WHERE id = :id")
                        .param("id", a6)
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
        assertThat(statusOf(a8)).isEqualTo("NOT_NEEDED");
        assertThat(statusOf(l3)).isEqualTo("OPEN");
        Map<String, Object> a5 = jdbc.sql("""
                SELECT reasons, risk_rank, money_at_risk, signal_id, open FROM retention_call_task WHERE customer_id = :c""").param("c", ids.get("A5")).query().singleRow();
        assertThat(a5.get("reasons")).isEqualTo("OVERDUE,AOV_DECLINE");
        assertThat(((Number) a5.get("risk_rank")).longValue()).isEqualTo(6);
        assertThat((BigDecimal) a5.get("money_at_risk")).isEqualByComparingTo("600");
        assertThat(a5.get("signal_id")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_call_task WHERE owner_username IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();

        // A second run on the same scores makes no new call: the chosen ones are still open, one per customer.
        assertThat(plan.plan(101, today)).isZero();
        assertThat(callsOfRun(101)).isEqualTo(chosen);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT customer_id FROM retention_call_task WHERE status = 'OPEN'
                 GROUP BY customer_id HAVING COUNT(*) > 1) d""").query(Long.class).single()).isZero();
    }

    @Test
    void callsOnlyCustomersWithASignalOrMoreAtRiskThanTheBusinessUsually() {
        // The run's backtest: 40 in 100 customers did not buy in the horizon.
        jdbc.sql("""
                INSERT INTO retention_radar_run (status, run_trigger, started_by, started_at, heartbeat_at, as_of,
                       ranking_method, horizon_days, backtest_customers, backtest_auc, backtest_base_share)
                VALUES ('DONE', 'MANUAL', 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :asOf, 'HISTORY', 90, 500, 0.8, 0.4)""").param("asOf", today).update();
        long run = jdbc.sql("SELECT MAX(id) FROM retention_radar_run")
                .query(Long.class)
                .single();
        // A5: the most money "at risk" but almost sure to buy again (risk 0.1) and no signal; A6 less money,
        // risk 0.7; A7 risk 0.1 too, but buying less (a signal).
        score("A5", 2, "900", "", 10);
        score("A6", 1, "300", "", 60);
        score("A7", 3, "200", "AOV_DECLINE", 5);
        jdbc.sql("UPDATE retention_customer_score SET risk_score = 0.1 WHERE customer_id = :c")
                .param("c", ids.get("A7"))
                .update();
        jdbc.sql("UPDATE retention_customer_score SET risk_score = 0.1 WHERE customer_id = :c")
                .param("c", ids.get("A5"))
                .update();
        jdbc.sql("UPDATE retention_customer_score SET risk_score = 0.7 WHERE customer_id = :c")
                .param("c", ids.get("A6"))
                .update();

        plan.plan(run, today);

        assertThat(callsOfRun(run)).containsExactly("ana:" + prefix + "A6", "ana:" + prefix + "A7");
    }

    @Test
    void theDefaultOwnerSettingTakesTheCallsOfOwnersWhoAreNotUsers() {
        score("G1", 1, "800", "", 10);
        score("U1", 2, "700", "", 10);
        score("A5", 3, "600", "", 10);
        RadarSettings luisCalls = new RadarSettings(
                settings.cron(),
                settings.minOrderDays(),
                settings.recentMonths(),
                settings.baselineMonths(),
                settings.aovDeclineShare(),
                settings.aovMinRecentOrders(),
                settings.aovMinBaselineOrders(),
                settings.overdueMedianFactor(),
                settings.overdueMinIntervals(),
                settings.droppedMinMonths(),
                settings.droppedGapFactor(),
                settings.droppedMinOrdersSince(),
                settings.lowActivityThreshold(),
                settings.maxRunTime(),
                settings.horizonDays(),
                1,
                "luis");
        // The calls per owner come from the settings page (its default from the properties).
        BusinessSettings oneCallEach = key -> key.equals("retention.radar.calls-per-owner") ? "1" : business.value(key);
        new CallPlan(jdbc, template, owners, users, openCases, luisCalls, oneCallEach, clock, runs).plan(200, today);

        // One call each: luis takes the best of the customers without a user for owner, ana her own.
        assertThat(callsOfRun(200)).containsExactly("ana:" + prefix + "A5", "luis:" + prefix + "G1");
    }

    @Test
    void theApiListsTheOpenCallsWithWhyAndRefusesABadStatus() throws Exception {
        score("A5", 1, "600", "OVERDUE", 10);
        score("A6", 2, "500", "", 10);
        score("L1", 3, "350", "", 10);
        plan.plan(300, today);

        mvc.perform(get("/api/v1/retention/call-tasks")
                        .param("status", "OPEN")
                        .param("owner", "ana")
                        .header("Accept-Language", "es")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].customerNumber").value(prefix + "A5"))
                .andExpect(jsonPath("$.items[0].customerId").value(ids.get("A5")))
                .andExpect(jsonPath("$.items[0].owner").value("ana"))
                .andExpect(jsonPath("$.items[0].riskRank").value(1))
                .andExpect(jsonPath("$.items[0].moneyAtRisk").value(600.0))
                .andExpect(jsonPath("$.items[0].reasons[0]").value("OVERDUE"))
                .andExpect(jsonPath("$.items[0].version").value(0))
                .andExpect(jsonPath("$.items[1].customerNumber").value(prefix + "A6"))
                .andExpect(jsonPath("$.items[1].reasons.length()").value(0))
                // No signal fired for A6: the ranking's figures say why, in plain numbers.
                .andExpect(
                        jsonPath("$.items[1].explanation").value(containsString("Compró en 5 días distintos y lleva ")))
                .andExpect(jsonPath("$.items[1].explanation")
                        .value(containsString(
                                "de cada 100 clientes así, unos 50 no vuelven a comprar en los 90 días siguientes")))
                .andExpect(jsonPath("$.items[1].explanation").value(containsString("(puesto 2 de todos los clientes)")))
                .andExpect(jsonPath("$.hasNext").value(false));
        mvc.perform(get("/api/v1/retention/call-tasks")
                        .param("owner", "ana")
                        .param("lang", "en")
                        .with(VIEWER))
                .andExpect(jsonPath("$.items[1].explanation")
                        .value(containsString(
                                "of 100 customers like this, about 50 do not buy again in the next 90 days")));
        mvc.perform(get("/api/v1/retention/call-tasks").param("size", "1").with(VIEWER))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.hasNext").value(true));
        mvc.perform(get("/api/v1/retention/call-tasks")
                        .param("status", "CLOSED")
                        .with(VIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/retention/call-tasks").param("status", "DONE").with(VIEWER))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/retention/call-tasks")).andExpect(status().isUnauthorized());

        // The customer's card says why the call was asked for, though no signal fired for them.
        mvc.perform(get("/retention/radar/of-customer/{id}", ids.get("A6"))
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("id=\"radar-card-call\"")))
                .andExpect(content().string(containsString("Llamada pendiente")))
                .andExpect(content().string(containsString("(puesto 2 de todos los clientes)")));
    }

    @Test
    void theRadarPageShowsTheRunsCallsPerOwnerThenEveryoneElseByRankInPages() throws Exception {
        jdbc.sql("""
                INSERT INTO retention_radar_run (status, run_trigger, started_by, started_at, heartbeat_at, finished_at,
                       as_of) VALUES ('DONE', 'MANUAL', 'test', :at, :at, :at, :asOf)""")
                .param("at", Timestamp.from(clock.instant().plusSeconds(3600)))
                .param("asOf", today)
                .update();
        long runId = jdbc.sql("SELECT MAX(id) FROM retention_radar_run")
                .query(Long.class)
                .single();
        score("A5", 1, "600", "OVERDUE", 10);
        score("L1", 2, "350", "", 10);
        score("A1", 3, "300", "", 10);
        cases.bringIn(List.of(new CaseArchive.PastCase(
                CustomerId.of(ids.get("A1")),
                CaseType.QUESTION,
                "EMAIL",
                null,
                "NORMAL",
                "ana",
                "Horario",
                "¿Abren el domingo?",
                clock.instant().minus(Duration.ofHours(2)),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null)));
        // 60 more customers at risk, owned by nobody: three calls for the default owner, the rest ranked below.
        for (int i = 0; i < 60; i++) {
            jdbc.sql("""
                    INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                           risk_score, risk_rank, year_spend, money_at_risk, signals)
                    VALUES (:c, 1, :asOf, 5, 10, 0.5, :rank, 100, :money, '')""")
                    .param("c", 9_000_000_000L + i)
                    .param("asOf", today)
                    .param("rank", 10 + i)
                    .param("money", 90 - i)
                    .update();
        }
        plan.plan(runId, today);

        mvc.perform(get("/retention/radar").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-owner=\"ana\"")))
                .andExpect(content().string(containsString("ana (1 llamadas)")))
                .andExpect(content().string(containsString("luis (1 llamadas)")))
                .andExpect(content().string(containsString("admin (3 llamadas)")))
                .andExpect(content().string(containsString("También en riesgo")))
                .andExpect(content().string(containsString("Cliente " + prefix + "A1")))
                .andExpect(content().string(containsString("id=\"at-risk-next\"")))
                .andExpect(content().string(not(containsString("id=\"at-risk-prev\""))));
        mvc.perform(get("/retention/radar").param("riskPage", "1").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Also at risk")))
                .andExpect(content().string(containsString("id=\"at-risk-prev\"")))
                .andExpect(content().string(not(containsString("id=\"at-risk-next\""))))
                .andExpect(content().string(containsString("class=\"at-risk-row\"")));
        mvc.perform(get("/retention/radar").param("riskPage", "5").with(VIEWER).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("No more customers on this page.")));
    }

    @Test
    void myDayShowsTheSignedInOwnersOpenCalls() throws Exception {
        score("A5", 1, "600", "OVERDUE", 10);
        score("L1", 2, "350", "", 10);
        plan.plan(400, today);

        // The day names the radar's section; the section itself is loaded from retention once the page shows.
        mvc.perform(get("/service").with(user("ana").roles("SALES")).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-section-radar-calls\"")))
                .andExpect(content().string(containsString("hx-get=\"/retention/my-day/radar-calls\"")));
        mvc.perform(get("/my-day").with(user("ana").roles("SALES")).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/retention/my-day/radar-calls\"")));
        mvc.perform(get("/retention/my-day/radar-calls")
                        .with(user("ana").roles("SALES"))
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-radar-calls\"")))
                .andExpect(content().string(containsString("Clientes a los que llamar (1)")))
                .andExpect(content().string(containsString("Cliente " + prefix + "A5")))
                .andExpect(content().string(containsString("/customers/" + ids.get("A5"))))
                .andExpect(content().string(containsString("Pedido habitual retrasado")))
                .andExpect(content().string(not(containsString("Cliente " + prefix + "L1"))));
        mvc.perform(get("/retention/my-day/radar-calls")
                        .with(user("marta").roles("SALES"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The radar has no calls for you.")));
    }

    // --- helpers --------------------------------------------------------------------------------

    void score(String customer, long rank, String money, String signals, int daysSinceLast) {
        jdbc.sql("DELETE FROM retention_customer_score WHERE customer_id = :c")
                .param("c", ids.get(customer))
                .update();
        jdbc.sql("""
                INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                       risk_score, risk_rank, year_spend, money_at_risk, signals)
                VALUES (:c, 1, :asOf, 5, :days, 0.5, :rank, :spend, :money, :signals)""")
                .param("c", ids.get(customer))
                .param("asOf", today)
                .param("days", daysSinceLast)
                .param("rank", rank)
                .param("spend", new BigDecimal(money).multiply(BigDecimal.valueOf(2)))
                .param("money", new BigDecimal(money))
                .param("signals", signals)
                .update();
    }

    long task(String customer, String status, Instant createdAt, long runId) {
        jdbc.sql("""
                INSERT INTO retention_call_task (customer_id, owner_username, status, created_at, run_id, open, reasons)
                VALUES (:c, 'ana', :status, :at, :run, :open, '')""")
                .param("c", ids.get(customer))
                .param("status", status)
                .param("at", Timestamp.from(createdAt))
                .param("run", runId)
                .param("open", status.equals("OPEN") ? 1 : null)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM retention_call_task WHERE customer_id = :c")
                .param("c", ids.get(customer))
                .query(Long.class)
                .single();
    }

    String statusOf(long task) {
        return jdbc.sql("SELECT status FROM retention_call_task WHERE id = :id")
                .param("id", task)
                .query(String.class)
                .single();
    }

    /** "owner:customer number" of each call of the run, by owner and number. */
    List<String> callsOfRun(long runId) {
        return jdbc.sql("""
                SELECT t.owner_username, c.customer_number FROM retention_call_task t
                  JOIN customer c ON c.id = t.customer_id WHERE t.run_id = :run
                 ORDER BY t.owner_username, c.customer_number""")
                .param("run", runId)
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2))
                .list();
    }
}
