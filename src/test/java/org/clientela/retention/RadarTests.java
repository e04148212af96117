package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.orders.history.CategoryRhythm;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.Rhythm;
import org.clientela.orders.history.RhythmWindow;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.SettingsStore;
import org.clientela.retention.internal.radar.RadarRun;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.support.EmptyBusiness;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The radar over the API on a small business made for it: one customer per signal kind, one with
 * too little history and one steady buyer who must stay quiet; re-runs, a change of data, the
 * outcome of a call, roles and bad input, and a run next to an import (H2 and PostgreSQL twins).
 */
@EmptyBusiness
abstract class RadarTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final RequestPostProcessor VIEWER = user("vera").roles("VIEWER");
    static final RequestPostProcessor SALES = user("luis").roles("SALES");

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

    @Autowired
    RetentionRadar radar;

    @Autowired
    JsonMapper json;

    @Autowired
    org.clientela.retention.internal.radar.CustomerSignals customerSignals;

    @Autowired
    CustomerPurchases rhythms;

    final LocalDate today = LocalDate.now(ZoneId.of("Atlantic/Canary"));
    String prefix;
    /**
     * The owner of this test's business, a user of their own: each run gives an owner only a handful of
     * calls, the most money at risk first, so the customers of the businesses of earlier tests (same
     * shapes, lower ids) would take an owner shared with them.
     */
    String owner;

    int orderNumber;

    @Autowired
    org.clientela.platform.UserDirectory users;

    @BeforeEach
    void newBusiness() {
        prefix = "R" + UUID.randomUUID().toString().substring(0, 6);
        owner = "ana-" + prefix.toLowerCase(java.util.Locale.ROOT);
        users.ensure(owner, "Ana", org.clientela.platform.Role.SALES);
    }

    @Test
    void findsEachKindExplainsItInTheReadersLanguageAndStaysTheSameOnARerun() throws Exception {
        Map<String, Long> ids = importTheBusiness();

        long runId = runAndWait();
        assertThat(jdbc.sql("SELECT customers_thin FROM retention_radar_run WHERE id = :id")
                        .param("id", runId)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);

        assertThat(kinds(ids.get("OVER"))).containsExactly("OVERDUE");
        assertThat(kinds(ids.get("AOV"))).containsExactly("AOV_DECLINE");
        assertThat(kinds(ids.get("DROP"))).containsExactly("DROPPED_CATEGORY");
        assertThat(kinds(ids.get("THIN"))).isEmpty();
        assertThat(kinds(ids.get("REG"))).isEmpty();

        mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", ids.get("OVER").toString())
                        .header("Accept-Language", "es")
                        .with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("OVERDUE"))
                .andExpect(
                        jsonPath("$.items[0].explanation")
                                .value(
                                        "Compraba cada 14 días durante 11 meses; lleva 41 días sin comprar (en este cliente, lo normal es no pasar de 28)."))
                .andExpect(jsonPath("$.items[0].task.owner").value(owner))
                .andExpect(jsonPath("$.items[0].task.status").value("OPEN"));
        mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", ids.get("AOV").toString())
                        .param("lang", "en")
                        .with(VIEWER))
                .andExpect(
                        jsonPath("$.items[0].explanation")
                                .value(
                                        "Average order fell from €182.00 to €97.00 over the last 3 months (9 orders, 47 % less)."));
        mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", ids.get("DROP").toString())
                        .header("Accept-Language", "en")
                        .with(VIEWER))
                .andExpect(jsonPath(
                        "$.items[0].explanation", org.hamcrest.Matchers.startsWith("Stopped buying Café on ")));

        // The customer's retention figures carry the same active signals.
        assertThat(customerSignals.activeFor(ids.get("AOV")))
                .singleElement()
                .asString()
                .contains("AOV_DECLINE")
                .contains("97");
        assertThat(customerSignals.activeFor(ids.get("REG"))).isEmpty();

        List<Long> signalsBefore = activeSignals(ids);
        long tasksBefore = count("retention_call_task");
        List<Map<String, Object>> signalRows = rows("retention_signal");
        List<Map<String, Object>> taskRows = taskRowsButTheRun();
        long again = runAndWait();
        assertThat(activeSignals(ids)).isEqualTo(signalsBefore);
        assertThat(count("retention_call_task")).isEqualTo(tasksBefore);
        // Nothing changed, so the re-run wrote no signal; the calls are the same, chosen again by this run.
        assertThat(rows("retention_signal")).isEqualTo(signalRows);
        assertThat(taskRowsButTheRun()).isEqualTo(taskRows);
        // ...and the signals still tell they were seen by it.
        String seen = mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", ids.get("OVER").toString())
                        .with(VIEWER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(java.time.Instant.parse(
                        json.readTree(seen).get("items").get(0).get("lastSeen").asString()))
                .isEqualTo(jdbc.sql("SELECT finished_at FROM retention_radar_run WHERE id = :id")
                        .param("id", again)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant());
        assertThat(jdbc.sql("SELECT signals_new FROM retention_radar_run WHERE id = :id")
                        .param("id", again)
                        .query(Long.class)
                        .single())
                .isZero();

        // The overdue customer orders again: the signal closes (whether the call is still needed is the
        // call plan's to say, from the ranking: CallPlanTests).
        importOrders(java.util.Collections.singletonList(order("OVER", today, "Pan", "20.00")));
        runAndWait();
        assertThat(kinds(ids.get("OVER"))).isEmpty();
    }

    @Test
    void theThresholdsOfTheSettingsPageDecideWhoIsFlagged(@Autowired SettingsStore settings) throws Exception {
        Map<String, Long> ids = importTheBusiness();
        // OVER is 41 days late on a 14-day rhythm (limit 2 x 14); AOV's average order fell by 47 %.
        settings.update(
                settings.view().version(),
                Map.of("retention.radar.overdue-median-factor", "3", "retention.radar.aov-decline-share", "0.5"));
        try {
            runAndWait();
            assertThat(kinds(ids.get("OVER"))).isEmpty();
            assertThat(kinds(ids.get("AOV"))).isEmpty();
            assertThat(kinds(ids.get("DROP"))).containsExactly("DROPPED_CATEGORY");
        } finally {
            SettingsResets.reset(jdbc);
        }
        runAndWait();
        assertThat(kinds(ids.get("OVER"))).containsExactly("OVERDUE");
        assertThat(kinds(ids.get("AOV"))).containsExactly("AOV_DECLINE");
    }

    @Test
    void recordsTheOutcomeOfACallAndRefusesWhatIsWrong() throws Exception {
        Map<String, Long> ids = importTheBusiness();
        runAndWait();
        long task = jdbc.sql("SELECT id FROM retention_call_task WHERE customer_id = :c")
                .param("c", ids.get("AOV"))
                .query(Long.class)
                .single();

        mvc.perform(post("/api/v1/retention/call-tasks/{id}/outcome", task)
                        .with(SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post("/api/v1/retention/call-tasks/{id}/outcome", task)
                        .with(SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/retention/call-tasks/{id}/outcome", task)
                        .with(VIEWER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"LOST\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/retention/call-tasks/{id}/outcome", 999_999_999)
                        .with(SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"LOST\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(
                        post("/api/v1/retention/call-tasks/{id}/outcome", task)
                                .with(SALES)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"outcome\":\"REASON_FOUND\",\"note\":\"Compra ahora a un mayorista\",\"version\":0}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/retention/call-tasks/{id}/outcome", task)
                        .with(SALES)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"WON_BACK\",\"version\":0}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/retention/signals")
                        .param("customerId", ids.get("AOV").toString())
                        .with(VIEWER))
                .andExpect(jsonPath("$.items[0].task.status").value("DONE"))
                .andExpect(jsonPath("$.items[0].task.outcome").value("REASON_FOUND"))
                .andExpect(jsonPath("$.items[0].task.closedBy").value("luis"));
        // A re-run keeps the signal and its recorded call; it makes no second task.
        runAndWait();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM retention_call_task WHERE customer_id = :c")
                        .param("c", ids.get("AOV"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void judgesTheBusinessAsItWasOnAnEarlierDay() throws Exception {
        Map<String, Long> ids = importTheBusiness();
        LocalDate asOf = today.minusDays(60);

        String body = mvc.perform(post("/api/v1/retention/radar-runs")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"" + asOf + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.asOf").value(asOf.toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> !runStatus(id).equals("RUNNING"));

        // Sixty days ago OVER had bought nine days before (every 14 days, the last 41 days ago): not late then.
        assertThat(kinds(ids.get("OVER"))).isEmpty();
        assertThat(jdbc.sql("SELECT days_since_last FROM retention_customer_score WHERE customer_id = :c")
                        .param("c", ids.get("OVER"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(9);
        assertThat(jdbc.sql("SELECT DISTINCT as_of FROM retention_customer_score")
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(asOf);
        mvc.perform(get("/api/v1/retention/radar-runs/{id}", id).with(VIEWER))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.customersScored", org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
                .andExpect(jsonPath("$.ranking.method").exists())
                .andExpect(jsonPath("$.ranking.horizonDays").value(90));

        mvc.perform(post("/api/v1/retention/radar-runs")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"" + today.plusDays(1) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(post("/api/v1/retention/radar-runs")
                        .with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"asOf\":\"1 de octubre\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(post("/retention/radar/runs")
                        .param("asOf", today.plusDays(3).toString())
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("asOfError", "retention.api.asOf.future"));
    }

    @Test
    void onlyManagersStartRunsAndBadParametersAreRefused() throws Exception {
        mvc.perform(post("/api/v1/retention/radar-runs").with(VIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/retention/radar-runs").with(SALES)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/retention/radar-runs/{id}", 987_654_321).with(VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/retention/signals").param("kind", "ANGRY").with(VIEWER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/retention/signals").param("size", "0").with(VIEWER))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/retention/signals")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRunNextToAnImportNeitherFailsNorDoublesTasks() throws Exception {
        importTheBusiness();
        List<String[]> more = new ArrayList<>();
        for (int c = 0; c < 150; c++) {
            String customer = "BULK" + c;
            for (int i = 0; i < 20; i++) {
                more.add(order(customer, today.minusDays(400 - i * 20L), "Pan", "15.00"));
            }
        }
        Path customers = write(
                "customers",
                List.of("customer_number,name,kind,email,phone,owner"),
                more.stream()
                        .map(o -> o[0])
                        .distinct()
                        .map(n -> n + ",Cliente " + n + ",PERSON,,," + owner)
                        .toList());
        customerImporter.importCsv(customers, ImportProgress.NONE);

        CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> importOrders(more));
        CompletableFuture<java.util.Optional<Long>> reviewing =
                CompletableFuture.supplyAsync(() -> radar.runNow("MANUAL", "test"));
        importing.get();
        long runId = reviewing.get().orElseThrow();

        assertThat(radar.find(runId).orElseThrow().status()).isEqualTo(RadarRun.Status.DONE);
        long rerun = runAndWait();
        assertThat(radar.find(rerun).orElseThrow().status()).isEqualTo(RadarRun.Status.DONE);
        // One open call per customer, and no owner asked for more than the calls of a run.
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT customer_id FROM retention_call_task WHERE status = 'OPEN'
                 GROUP BY customer_id HAVING COUNT(*) > 1) d""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM retention_call_task
                 WHERE run_id = :run GROUP BY owner_username) d""").param("run", rerun).query(Long.class).single()).isBetween(1L, 10L);
    }

    @Test
    void thePageRanksTheSignalsRecordsACallAndTheCustomerCardShowsThem() throws Exception {
        Map<String, Long> ids = importTheBusiness();
        mvc.perform(post("/retention/radar/runs").with(VIEWER).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/retention/radar/runs").with(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(post("/retention/radar/runs").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/retention/radar"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> radar.latest().map(r -> !r.running()).orElse(false));

        mvc.perform(get("/retention/radar").with(VIEWER).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"signal-table\"")))
                .andExpect(content().string(containsString("lleva 41 días sin comprar")))
                .andExpect(content().string(containsString("clientes con poco historial para juzgar")))
                .andExpect(content().string(not(containsString("id=\"run-radar\""))))
                .andExpect(content().string(not(containsString("class=\"mt-1 task-form\""))));
        mvc.perform(get("/retention/radar")
                        .param("kind", "AOV_DECLINE")
                        .with(SALES)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Average order fell from")))
                .andExpect(content().string(not(containsString("days; nothing for"))))
                .andExpect(content().string(containsString("task-form")));
        mvc.perform(get("/retention/radar")
                        .param("mine", "true")
                        .with(user("nobody").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-signals\"")));

        long task = jdbc.sql("SELECT id FROM retention_call_task WHERE customer_id = :c")
                .param("c", ids.get("OVER"))
                .query(Long.class)
                .single();
        mvc.perform(post("/retention/radar/tasks/{id}/outcome", task)
                        .with(SALES)
                        .with(csrf())
                        .param("note", "sin resultado")
                        .param("back", "https://evil.example/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/retention/radar#task-" + task))
                .andExpect(flash().attribute("taskErrorKey", "retention.task.outcome.required"));
        mvc.perform(post("/retention/radar/tasks/{id}/outcome", task)
                        .with(SALES)
                        .with(csrf())
                        .param("outcome", "WON_BACK")
                        .param("note", "Vuelve a pedir el lunes")
                        .param("back", "/retention/radar?kind=OVERDUE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/retention/radar?kind=OVERDUE#task-" + task))
                .andExpect(flash().attribute("flash", "retention.task.recorded"));
        assertThat(jdbc.sql("SELECT outcome FROM retention_call_task WHERE id = :id")
                        .param("id", task)
                        .query(String.class)
                        .single())
                .isEqualTo("WON_BACK");

        mvc.perform(get("/retention/radar/of-customer/{id}", ids.get("AOV"))
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El pedido medio bajó de")))
                .andExpect(content().string(containsString("Llamada pendiente")));
        mvc.perform(get("/retention/radar/of-customer/{id}", ids.get("THIN"))
                        .with(VIEWER)
                        .header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Poco historial para juzgar: 2 días de compra")));
        mvc.perform(get("/customers/{id}", ids.get("AOV")).with(VIEWER))
                .andExpect(content().string(containsString("/retention/radar/of-customer/" + ids.get("AOV"))));
    }

    @Test
    void rhythmsThatAskForRegularCategoriesListTheSameOnesAndLeaveOutTheRest() throws Exception {
        Map<String, Long> ids = importTheBusiness();
        RhythmWindow all = new RhythmWindow(today, 3, 12);
        RhythmWindow regular = new RhythmWindow(today, 3, 12, 4);
        Map<Long, Rhythm> streamed = new java.util.HashMap<>();
        List<Long> order = new ArrayList<>();
        rhythms.forEachRhythm(regular, rhythm -> {
            order.add(rhythm.customerId());
            if (ids.containsValue(rhythm.customerId())) {
                streamed.put(rhythm.customerId(), rhythm);
            }
        });
        assertThat(order).isSorted().doesNotHaveDuplicates();
        assertThat(streamed.keySet()).containsExactlyInAnyOrderElementsOf(ids.values());
        for (long id : ids.values()) {
            Rhythm every = rhythms.rhythm(id, all).orElseThrow();
            Rhythm some = rhythms.rhythm(id, regular).orElseThrow();
            assertThat(some.categories())
                    .isEqualTo(every.categories().stream()
                            .filter(c -> c.baselineMonths() >= 4)
                            .toList());
            assertThat(streamed.get(id)).isEqualTo(some);
            assertThat(some.orderDays()).isEqualTo(every.orderDays());
            assertThat(some.gaps()).isEqualTo(every.gaps());
        }
        assertThat(rhythms.rhythm(ids.get("THIN"), all).orElseThrow().categories())
                .hasSize(1);
        assertThat(rhythms.rhythm(ids.get("THIN"), regular).orElseThrow().categories())
                .isEmpty();
        assertThat(rhythms.rhythm(ids.get("DROP"), regular).orElseThrow().categories())
                .extracting(CategoryRhythm::name)
                .containsExactlyInAnyOrder("Pan", "Café");
    }

    // --- the business -------------------------------------------------------------------------

    /** Five customers, each buying in one shape; returns their ids by short name. */
    Map<String, Long> importTheBusiness() throws IOException {
        List<String[]> orders = new ArrayList<>();
        // OVER: every 14 days for 11 months (24 orders), the last 41 days ago.
        LocalDate last = today.minusDays(41);
        for (int i = 0; i < 24; i++) {
            orders.add(order("OVER", last.minusDays(14L * (23 - i)), "Pan", "40.00"));
        }
        // AOV: every 10 days for 15 months; 182 € an order before, 97 € in the last three months.
        for (int d = 450; d >= 2; d -= 10) {
            LocalDate day = today.minusDays(d);
            boolean recent = day.isAfter(today.minusMonths(3));
            orders.add(order("AOV", day, "Pan", recent ? "97.00" : "182.00"));
        }
        // DROP: every 10 days; Café in every order until 120 days ago, never since (more bread instead,
        // so the average order stays the same).
        for (int d = 450; d >= 1; d -= 10) {
            LocalDate day = today.minusDays(d);
            orders.add(order("DROP", day, "Pan", d > 120 ? "30.00" : "55.00"));
            if (d > 120) {
                orders.add(order("DROP", day, "Café", "25.00"));
            }
        }
        // THIN: two orders.
        orders.add(order("THIN", today.minusDays(200), "Pan", "50.00"));
        orders.add(order("THIN", today.minusDays(100), "Pan", "50.00"));
        // REG: every 12 days for 15 months, the same 60 €.
        for (int d = 455; d >= 5; d -= 12) {
            orders.add(order("REG", today.minusDays(d), "Pan", "60.00"));
        }
        Path customers = write(
                "customers",
                List.of("customer_number,name,kind,email,phone,owner"),
                List.of("OVER", "AOV", "DROP", "THIN", "REG").stream()
                        .map(n -> prefix + n + ",Cliente " + n + ",COMPANY,,," + owner)
                        .toList());
        customerImporter.importCsv(customers, ImportProgress.NONE);
        importOrders(orders);
        Map<String, Long> byNumber = directory.idsByNumber(List.of("OVER", "AOV", "DROP", "THIN", "REG").stream()
                .map(n -> prefix + n)
                .toList());
        Map<String, Long> ids = new java.util.HashMap<>();
        byNumber.forEach((number, id) -> ids.put(number.substring(prefix.length()), id));
        rank(ids);
        return ids;
    }

    /**
     * The radar's ranking of this business, as a run leaves it in {@code retention_customer_score}
     * (written here: the calls are chosen from it), every customer with money at risk.
     */
    void rank(Map<String, Long> ids) {
        jdbc.sql("DELETE FROM retention_customer_score").update();
        int rank = 0;
        for (String name : List.of("AOV", "DROP", "OVER", "REG", "THIN")) {
            rank++;
            jdbc.sql("""
                    INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                           risk_score, risk_rank, year_spend, money_at_risk, signals)
                    VALUES (:c, 0, :asOf, 3, 10, 0.5, :rank, 1000, :money, '')""")
                    .param("c", ids.get(name))
                    .param("asOf", today.minusDays(1))
                    .param("rank", rank)
                    .param("money", 600 - rank * 100)
                    .update();
        }
    }

    /** The call rows, but for the run that last chose each (every run that chooses a call again moves it). */
    List<Map<String, Object>> taskRowsButTheRun() {
        List<Map<String, Object>> rows = rows("retention_call_task");
        rows.forEach(r -> r.remove("run_id"));
        return rows;
    }

    /**
     * One order line: customer, order day, category, amount. Lines of the same customer and day
     * form one order.
     */
    String[] order(String customer, LocalDate day, String category, String amount) {
        return new String[] {prefix + customer, day.toString(), category, amount};
    }

    void importOrders(List<String[]> lines) {
        List<String> rows = new ArrayList<>();
        Map<String, String> numbers = new java.util.HashMap<>();
        for (String[] line : lines) {
            String number;
            synchronized (this) {
                number = numbers.computeIfAbsent(line[0] + "/" + line[1], k -> prefix + "-P" + (++orderNumber));
            }
            String sku = line[2].equals("Café") ? "CAF-1" : "PAN-1";
            rows.add(line[0] + "," + number + "," + line[1] + "," + sku + "," + line[2] + ",1," + line[3]);
        }
        try {
            orderImporter.importCsv(
                    write(
                            "orders",
                            List.of("customer_number,order_number,order_date,sku,category,quantity,amount"),
                            rows),
                    ImportProgress.NONE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Path write(String name, List<String> header, List<String> rows) throws IOException {
        Path file = Files.createTempFile(name, ".csv");
        List<String> all = new ArrayList<>(header);
        all.addAll(rows);
        Files.write(file, all, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    // --- runs and reads -----------------------------------------------------------------------

    long runAndWait() throws Exception {
        String body = mvc.perform(post("/api/v1/retention/radar-runs").with(ADMIN))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                // A small business's run may already be over when the answer is written.
                .andExpect(jsonPath("$.status", org.hamcrest.Matchers.oneOf("RUNNING", "DONE")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> !runStatus(id).equals("RUNNING"));
        mvc.perform(get("/api/v1/retention/radar-runs/{id}", id).with(VIEWER))
                .andExpect(jsonPath("$.status").value("DONE"));
        return id;
    }

    String runStatus(long id) throws Exception {
        String body = mvc.perform(get("/api/v1/retention/radar-runs/{id}", id).with(VIEWER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body).get("status").asString();
    }

    List<String> kinds(long customerId) {
        return jdbc.sql("SELECT kind FROM retention_signal WHERE customer_id = :c AND open = 1 ORDER BY kind")
                .param("c", customerId)
                .query(String.class)
                .list();
    }

    List<Long> activeSignals(Map<String, Long> ids) {
        return jdbc.sql("SELECT id FROM retention_signal WHERE customer_id IN (:c) AND open = 1 ORDER BY id")
                .param("c", ids.values())
                .query(Long.class)
                .list();
    }

    List<Map<String, Object>> rows(String table) {
        return jdbc.sql("SELECT * FROM " + table + " ORDER BY id").query().listOfRows();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
