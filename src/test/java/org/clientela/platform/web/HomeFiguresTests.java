package org.clientela.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.ReturningBuyers;
import org.clientela.support.EmptyBusiness;
import org.clientela.support.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figures of the home page's cards on a small business whose answers are worked out by hand, on
 * Wednesday 18 March 2026 at 10:00 (Atlantic/Canary is UTC then): "this month so far" is 1–18 March
 * against 1–18 February, "this week so far" Monday 16 to Wednesday 18 March against 9–11 March,
 * sales against 1–18 March 2025, promises and cases the last 30 days against the 30 before. Each
 * card is read as the home page loads it, from its module's address, so the figures are checked in
 * the words people see and the test needs nothing of those modules but their pages and API.
 * The business is empty when the class starts (H2 and PostgreSQL twins), the application's clock
 * stands at that moment, and the scheduled promise check finds its lease held, as when another
 * instance runs it: it would break the pending promises of these figures at once.
 */
@EmptyBusiness
abstract class HomeFiguresTests {

    static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");
    static final String PROMISE_CHECK = "service.promise-check";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PurchaseFigures revenue;

    @Autowired
    TestClock clock;

    long a;
    long b;
    long c;
    long d;
    long e;
    private int numbers;

    @BeforeEach
    void business() {
        holdThePromiseCheck();
        clock.stopAt(NOW);
        a = customer("Alfa");
        b = customer("Beta");
        c = customer("Gamma");
        d = customer("Delta");
        e = customer("Épsilon");
        if (jdbc.sql("SELECT COUNT(*) FROM sales_order").query(Long.class).single() > 0) {
            return;
        }
        // A came back in March; B bought for the first time in March (and tomorrow, which does not count yet).
        order(a, "2025-03-25", "300.00");
        order(a, "2026-01-10", "100.00");
        order(a, "2026-03-05", "200.00");
        order(b, "2026-03-10", "50.00");
        order(b, "2026-03-19", "1000.00");
        // C bought first on 5 February and came back in March.
        order(c, "2026-02-05", "80.00");
        order(c, "2026-03-15", "70.00");
        // D: a year ago (the sales compared with), and back in February.
        order(d, "2025-03-10", "500.00");
        order(d, "2026-02-10", "40.00");
        // E: first order in February, again after the 18th (outside February's stretch).
        order(e, "2026-02-15", "60.00");
        order(e, "2026-02-25", "30.00");
    }

    @AfterEach
    void letTheClockAndThePromiseCheckGo() {
        clock.reset();
        // The leases are timed by the wall clock, not the application's.
        jdbc.sql("UPDATE exclusive_run SET held_until = :now WHERE run_name = :name AND held_by = :me")
                .param("now", Timestamp.from(Instant.now()))
                .param("name", PROMISE_CHECK)
                .param("me", getClass().getName())
                .update();
    }

    /** Takes the promise check's lease for a day, once the check running now (if any) has let it go. */
    private void holdThePromiseCheck() {
        Timestamp day = Timestamp.from(Instant.now().plusSeconds(86_400));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            int taken = jdbc.sql("""
                            UPDATE exclusive_run SET held_until = :until, held_by = :me, started_at = :now
                             WHERE run_name = :name AND (held_until <= :now OR held_by = :me)""")
                    .param("until", day)
                    .param("me", getClass().getName())
                    .param("name", PROMISE_CHECK)
                    .param("now", Timestamp.from(Instant.now()))
                    .update();
            if (taken == 1) {
                return true;
            }
            try {
                return jdbc.sql("""
                                INSERT INTO exclusive_run (run_name, held_until, held_by, started_at)
                                VALUES (:name, :until, :me, :now)""")
                                .param("until", day)
                                .param("me", getClass().getName())
                                .param("name", PROMISE_CHECK)
                                .param("now", Timestamp.from(Instant.now()))
                                .update()
                        == 1;
            } catch (DuplicateKeyException heldByTheCheck) {
                return false;
            }
        });
    }

    /** The customers are made once per test but looked up by name, so each test sees the same five. */
    private long customer(String name) {
        return jdbc.sql("SELECT id FROM customer WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    jdbc.sql("""
                                    INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name,
                                                          created_at, updated_at)
                                    VALUES (:number, 'COMPANY', :name, 'CUSTOMER', :sort, :now, :now)""")
                            .param("number", "H-" + name)
                            .param("name", name)
                            .param("sort", name.toLowerCase())
                            .param("now", Timestamp.from(NOW))
                            .update();
                    return jdbc.sql("SELECT id FROM customer WHERE name = :name")
                            .param("name", name)
                            .query(Long.class)
                            .single();
                });
    }

    private void order(long customer, String date, String amount) {
        jdbc.sql("""
                        INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount,
                                                 line_count, created_at)
                        VALUES (:number, :customer, :date, 'EUR', :total, 1, :now)""")
                .param("number", "HO-" + customer + "-" + date + "-" + (++numbers))
                .param("customer", customer)
                .param("date", LocalDate.parse(date))
                .param("total", new BigDecimal(amount))
                .param("now", Timestamp.from(NOW))
                .update();
    }

    /**
     * March 1–18: A, B and C bought (3); A and C had bought before (2), B is new: 66.7 %. February 1–18:
     * C, D and E bought (3); only D had bought before (in 2025): 33.3 %.
     */
    @Test
    void customersComingBackThisMonthAgainstLastMonthSoFar() throws Exception {
        assertThat(revenue.returningBuyers(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 19)))
                .isEqualTo(new ReturningBuyers(3, 2));
        assertThat(revenue.returningBuyers(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 19)))
                .isEqualTo(new ReturningBuyers(3, 1));

        mvc.perform(get("/retention/home/returning")
                        .header("Accept-Language", "es")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("66,7 %")))
                .andExpect(content().string(Matchers.containsString("El mes pasado, a estas alturas: 33,3 %.")))
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "Este mes han comprado 3 clientes: 2 ya habían comprado antes y 1 compran por primera vez.")))
                .andExpect(content().string(Matchers.containsString("data-direction=\"UP\"")))
                .andExpect(content()
                        .string(Matchers.containsString("/retention/new-buyers?from=2026-03-01&amp;to=2026-03-19")));
    }

    /** March 1–18: 200 + 50 + 70 = 320 (B's 1,000 of the 19th not yet); 1–18 March 2025: D's 500 (A's 300 of the 25th not). */
    @Test
    void salesThisMonthAgainstTheSameDaysLastYear() throws Exception {
        assertThat(revenue.revenue(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 19), "EUR"))
                .isEqualByComparingTo("320.00");
        assertThat(revenue.revenue(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 19), "EUR"))
                .isEqualByComparingTo("500.00");
        assertThat(revenue.revenue(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 19), "USD"))
                .isZero();

        mvc.perform(get("/orders/home/revenue")
                        .header("Accept-Language", "en")
                        .with(user("s").roles("SALES")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("€320.00")))
                .andExpect(content().string(Matchers.containsString("By this date in 2025: €500.00.")))
                .andExpect(content().string(Matchers.containsString("data-direction=\"DOWN\"")))
                .andExpect(content().string(Matchers.containsString("/orders?from=2026-03-01&amp;to=2026-03-18")));
    }

    /**
     * Lost 1–18 March: E (competitor, avoidable, 90) and D (closed, 540): 2, costing 630. 1–18 February:
     * one (100); the one of the 25th and the one won back do not count.
     */
    @Test
    void customersLostThisMonthAndWhatTheyCost() throws Exception {
        loss(e, "COMPETITOR", "2026-03-02", "90.00", null);
        loss(d, "CLOSED", "2026-03-12", "540.00", null);
        loss(a, "QUALITY_FELL", "2026-03-08", "700.00", "2026-03-15");
        loss(b, "INDIFFERENCE", "2026-02-03", "100.00", null);
        loss(c, "MOVED", "2026-02-25", "999.00", null);

        mvc.perform(get("/retention/home/losses")
                        .header("Accept-Language", "en")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "This month you lost 2 customers, who spent €630.00 a year; 1 for avoidable reasons.")))
                .andExpect(content()
                        .string(Matchers.containsString("Last month by this date: 1 lost, who spent €100.00 a year.")));
        mvc.perform(get("/retention/home/losses")
                        .header("Accept-Language", "es")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Este mes has perdido 2 clientes")))
                .andExpect(content().string(Matchers.containsString("1 por causas evitables")))
                .andExpect(content().string(Matchers.containsString("data-direction=\"UP\"")))
                .andExpect(content().string(Matchers.containsString("text-danger")))
                .andExpect(content().string(Matchers.containsString("/retention/losses?month=2026-03")));
    }

    /**
     * Made this week (Monday 16 – Wednesday 18): two. Last week by Wednesday (9–11 March): one; the one
     * of Friday the 13th and the one not needed do not count. Three calls still open.
     */
    @Test
    void theRadarsCallsMadeThisWeek() throws Exception {
        long openBefore = jdbc.sql("SELECT COUNT(*) FROM retention_call_task WHERE status = 'OPEN'")
                .query(Long.class)
                .single();
        call(a, "DONE", "2026-03-16T09:00:00Z");
        call(b, "DONE", "2026-03-18T09:30:00Z");
        call(c, "DONE", "2026-03-10T12:00:00Z");
        call(d, "DONE", "2026-03-13T12:00:00Z");
        call(e, "NOT_NEEDED", "2026-03-17T12:00:00Z");
        call(a, "OPEN", null);
        call(b, "OPEN", null);
        call(c, "OPEN", null);

        mvc.perform(get("/retention/home/calls")
                        .header("Accept-Language", "en")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("This week 2 of the calls the radar asked for " + "were made; "
                                + (openBefore + 3) + " are still to make.")))
                .andExpect(content().string(Matchers.containsString("Last week by this day: 1 made.")))
                .andExpect(content().string(Matchers.containsString("data-direction=\"UP\"")));
    }

    /**
     * The last 12 months (19 March 2025 – 18 March 2026): A 300 + 100 + 200 = 600 of 930 (B 50,
     * C 150, D 40, E 90): 65 %, over the 20 % limit. The 12 months before: D's 500 alone, 100 %.
     */
    @Test
    void theConcentrationWarning() throws Exception {
        assertThat(revenue.revenue(LocalDate.of(2025, 3, 19), LocalDate.of(2026, 3, 19), "EUR"))
                .isEqualByComparingTo("930.00");

        mvc.perform(get("/retention/home/concentration")
                        .header("Accept-Language", "es")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"home-concentration-alert\"")))
                .andExpect(content().string(Matchers.containsString("Alfa supone el 65")))
                .andExpect(content().string(Matchers.containsString("el mayor suponía el 100")))
                .andExpect(content().string(Matchers.containsString("data-direction=\"DOWN\"")))
                .andExpect(content().string(Matchers.containsString("/customers/" + a)));
    }

    /**
     * Due today: two (15:00 and 23:30; tomorrow's does not count); overdue: one (08:00). Decided in the
     * last 30 days (due 16 February 10:00 – now): 1 broken of 4 = 25 %; the 30 before: 1 of 2 = 50 %.
     */
    @Test
    void promisesDueAndTheBrokenRate() throws Exception {
        promise("PENDING", "2026-03-18T15:00:00Z");
        promise("PENDING", "2026-03-18T23:30:00Z");
        promise("PENDING", "2026-03-19T09:00:00Z");
        promise("PENDING", "2026-03-18T08:00:00Z");
        promise("KEPT", "2026-03-01T10:00:00Z");
        promise("KEPT", "2026-03-05T10:00:00Z");
        promise("KEPT", "2026-03-10T10:00:00Z");
        promise("BROKEN", "2026-03-12T10:00:00Z");
        promise("KEPT", "2026-02-01T10:00:00Z");
        promise("BROKEN", "2026-02-05T10:00:00Z");
        promise("KEPT", "2026-01-10T10:00:00Z");

        mvc.perform(get("/service/home/promises")
                        .header("Accept-Language", "es")
                        .with(user("m").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 promesas vencen hoy.")))
                .andExpect(content().string(Matchers.containsString("Una promesa ya ha pasado su plazo.")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "De las 4 promesas que vencían en los últimos 30 días, se rompió 1 (25 %).")))
                .andExpect(content().string(Matchers.containsString("En los 30 días anteriores: 1 de 2 (50 %).")))
                .andExpect(content().string(Matchers.containsString("data-direction=\"DOWN\"")))
                // Fewer broken promises is good news.
                .andExpect(content().string(Matchers.containsString("fw-semibold text-success")));
    }

    /**
     * Urgent complaints: 1 opening hour to a first answer, 8 to resolve (Monday–Friday 09:00–18:00).
     * Open now past a target: K1 (never answered since the 10th) and K2 (answered, not resolved by
     * 18:00 yesterday); K3 is still in time. Opened in the last 30 days: K1–K4, two late; in the 30
     * before: K5 (resolved two days late) and K6 (in time), one late.
     */
    @Test
    void casesOverTheirResponseTarget() throws Exception {
        long k1 = kase("K1", "URGENT", "OPEN", "2026-03-10T10:00:00Z", null, null);
        long k2 = kase("K2", "URGENT", "IN_PROGRESS", "2026-03-17T10:00:00Z", "2026-03-17T10:30:00Z", null);
        long k3 = kase("K3", "LOW", "OPEN", "2026-03-18T09:30:00Z", null, null);
        kase("K4", "URGENT", "RESOLVED", "2026-03-02T10:00:00Z", "2026-03-02T10:30:00Z", "2026-03-02T12:00:00Z");
        kase("K5", "URGENT", "RESOLVED", "2026-02-02T10:00:00Z", "2026-02-02T10:30:00Z", "2026-02-04T10:00:00Z");
        kase("K6", "URGENT", "RESOLVED", "2026-02-03T10:00:00Z", "2026-02-03T10:10:00Z", "2026-02-03T11:00:00Z");

        mvc.perform(get("/service/home/over-target")
                        .header("Accept-Language", "en")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 open cases are past their response target.")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "Of the 4 cases opened in the last 30 days, 2 went past their target.")))
                .andExpect(content().string(Matchers.containsString("In the 30 days before: 1 of 2.")))
                .andExpect(content()
                        .string(Matchers.stringContainsInOrder(
                                "id=\"home-over-target-cases\"",
                                "/service/cases/" + k1 + "\"",
                                "/service/cases/" + k2 + "\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/service/cases/" + k3 + "\""))))
                .andExpect(content().string(Matchers.containsString("data-direction=\"UP\"")));
    }

    private void loss(long customer, String reason, String lostOn, String revenue, String wonBackOn) {
        jdbc.sql("""
                        INSERT INTO retention_loss (customer_id, open_customer_id, reason, lost_on, lost_revenue, currency,
                                                    recorded_by, recorded_at, won_back_on)
                        VALUES (:customer, :open, :reason, :lostOn, :revenue, 'EUR', 'admin', :now, :wonBack)""")
                .param("customer", customer)
                .param("open", wonBackOn == null ? customer : null)
                .param("reason", reason)
                .param("lostOn", LocalDate.parse(lostOn))
                .param("revenue", new BigDecimal(revenue))
                .param("now", Timestamp.from(NOW))
                .param("wonBack", wonBackOn == null ? null : LocalDate.parse(wonBackOn))
                .update();
    }

    private void call(long customer, String status, String closedAt) {
        jdbc.sql("""
                        INSERT INTO retention_call_task (customer_id, owner_username, status, outcome, created_at,
                                                         closed_by, closed_at, open)
                        VALUES (:customer, 'admin', :status, :outcome, :created, :by, :closed, :open)""")
                .param("customer", customer)
                .param("status", status)
                .param("outcome", "DONE".equals(status) ? "REACHED" : null)
                .param("created", Timestamp.from(Instant.parse("2026-03-01T06:00:00Z")))
                .param("by", closedAt == null ? null : "admin")
                .param("closed", closedAt == null ? null : Timestamp.from(Instant.parse(closedAt)))
                .param("open", "OPEN".equals(status) ? 1 : null)
                .update();
    }

    private void promise(String status, String dueAt) {
        Instant due = Instant.parse(dueAt);
        Instant made = due.minusSeconds(3 * 86_400);
        jdbc.sql("""
                        INSERT INTO service_promise (customer_id, kind, description, owner_username, status, made_at,
                                                     due_at, kept_at, broken_at, promised_days)
                        VALUES (:customer, 'CALL_BACK', 'Le llamo', 'admin', :status, :made, :due, :kept, :broken, 3)""")
                .param("customer", a)
                .param("status", status)
                .param("made", Timestamp.from(made))
                .param("due", Timestamp.from(due))
                .param("kept", "KEPT".equals(status) ? Timestamp.from(due.minusSeconds(3600)) : null)
                .param("broken", "BROKEN".equals(status) ? Timestamp.from(due) : null)
                .update();
    }

    /**
     * K1 is C-2026-990001: numbered as the application numbers cases (the search reads the years of
     * every case from them), far above the numbers other tests' cases take.
     */
    private static String caseNumber(String reference) {
        return "C-2026-99000" + reference.substring(1);
    }

    private long kase(
            String reference, String priority, String status, String openedAt, String toldAt, String resolvedAt) {
        Instant opened = Instant.parse(openedAt);
        jdbc.sql("""
                        INSERT INTO service_case (reference, customer_id, case_type, channel, priority, status,
                                                  owner_username, subject, update_every_days, opened_at, opened_by,
                                                  resolved_at, updated_at)
                        VALUES (:reference, :customer, 'COMPLAINT', 'PHONE', :priority, :status, 'admin', :subject, 2,
                                :opened, 'admin', :resolved, :opened)""")
                .param("reference", caseNumber(reference))
                .param("customer", a)
                .param("priority", priority)
                .param("status", status)
                .param("subject", "Caso " + reference)
                .param("opened", Timestamp.from(opened))
                .param("resolved", resolvedAt == null ? null : Timestamp.from(Instant.parse(resolvedAt)))
                .update();
        long id = jdbc.sql("SELECT id FROM service_case WHERE reference = :r")
                .param("r", caseNumber(reference))
                .query(Long.class)
                .single();
        if (toldAt != null) {
            jdbc.sql("""
                            INSERT INTO service_case_note (case_id, position, kind, body, author, written_at)
                            VALUES (:id, 0, 'TOLD_CUSTOMER', 'Le hemos llamado', 'admin', :at)""")
                    .param("id", id)
                    .param("at", Timestamp.from(Instant.parse(toldAt)))
                    .update();
        }
        return id;
    }
}
