package org.clientela.satisfaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.satisfaction.internal.followups.FollowUpRun;
import org.clientela.satisfaction.internal.loyalty.LoyaltyPrograms;
import org.clientela.satisfaction.internal.loyalty.NewProgram;
import org.clientela.satisfaction.internal.loyalty.Tier;
import org.clientela.satisfaction.internal.loyalty.TierBasis;
import org.clientela.satisfaction.internal.loyalty.TierRecompute;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two nightly jobs of the module at the size the issue sets — 1,000,000 customers, 10,000,000
 * order lines — on PostgreSQL within the heap given: the follow-up run (today and the three days
 * before, as at night) and the tier recomputation (every customer a member of a program by spend).
 * Not part of {@code ./mvnw verify}:
 *
 * <pre>./mvnw -Pbench verify -Dtest=SatisfactionNightlyBenchmark -Dbench.heap=1g -Dbench.customers=1000000 -Dbench.lines=10000000 -Dbench.keep=true</pre>
 *
 * The fill (SQL only, some minutes) is made once: with {@code -Dbench.keep=true} the database stays,
 * and {@code -Dbench.database=<name printed>} measures again on it without filling. A run on a kept
 * database first takes back what an earlier run made (its calls, the members' tiers), so every run
 * starts from the same state. Figures are appended to {@code target/bench/report.md}.
 */
class SatisfactionNightlyBenchmark {

    static final double TARGET_SECONDS = 60;

    final long customers = Long.getLong("bench.customers", 1_000_000);
    final long lines = Long.getLong("bench.lines", 10_000_000);

    @Test
    void theFollowUpRunAndTheTierRecomputationAtAMillionCustomers() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start(
                "nightly", "--clientela.satisfaction.follow-ups.cron=-", "--clientela.satisfaction.loyalty.cron=-")) {
            JdbcClient jdbc = bench.jdbc();
            System.out.println("Benchmark database: " + bench.database());
            double filled = 0;
            long program;
            if (bench.reused()) {
                program = jdbc.sql("SELECT MIN(id) FROM satisfaction_loyalty_program")
                        .query(Long.class)
                        .single();
                startAgain(jdbc, program);
            } else {
                long start = System.nanoTime();
                program = bench.application()
                        .getBean(LoyaltyPrograms.class)
                        .create(new NewProgram(
                                "Club bench",
                                TierBasis.SPEND,
                                12,
                                List.of(
                                        new Tier(0, "Bronce", BigDecimal.ZERO, null, null, null),
                                        new Tier(0, "Plata", new BigDecimal("500"), null, null, null),
                                        new Tier(0, "Oro", new BigDecimal("2000"), null, 50, null))))
                        .id();
                fill(jdbc, program);
                filled = (System.nanoTime() - start) / 1e9;
            }
            long customerCount =
                    jdbc.sql("SELECT COUNT(*) FROM customer").query(Long.class).single();
            long orderCount = jdbc.sql("SELECT COUNT(*) FROM sales_order")
                    .query(Long.class)
                    .single();
            long lineCount = jdbc.sql("SELECT COUNT(*) FROM order_line")
                    .query(Long.class)
                    .single();

            FollowUpRun run = bench.application().getBean(FollowUpRun.class);
            LocalDate today = LocalDate.now();
            long runStart = System.nanoTime();
            long created = 0;
            for (int back = 3; back >= 0; back--) {
                created += run.run(today.minusDays(back)).created();
            }
            double runSeconds = (System.nanoTime() - runStart) / 1e9;
            long againStart = System.nanoTime();
            long again = 0;
            for (int back = 3; back >= 0; back--) {
                again += run.run(today.minusDays(back)).created();
            }
            double againSeconds = (System.nanoTime() - againStart) / 1e9;

            TierRecompute recompute = bench.application().getBean(TierRecompute.class);
            long first = System.nanoTime();
            TierRecompute.Result moved = recompute.recompute(program);
            double firstSeconds = (System.nanoTime() - first) / 1e9;
            long second = System.nanoTime();
            TierRecompute.Result steady = recompute.recompute(program);
            double secondSeconds = (System.nanoTime() - second) / 1e9;

            List<String> report = new ArrayList<>(List.of(
                    "",
                    "## Satisfaction's nightly jobs at size (PostgreSQL, heap %d MB)"
                            .formatted(Runtime.getRuntime().maxMemory() / (1024 * 1024)),
                    "",
                    "%,d customers (all club members), %,d orders, %,d order lines over two years; %s."
                            .formatted(
                                    customerCount,
                                    orderCount,
                                    lineCount,
                                    bench.reused()
                                            ? "database filled by an earlier run"
                                            : "filled in %.0f s".formatted(filled)),
                    "",
                    "| job | what it did | time (target ≤ %.0f s) |".formatted(TARGET_SECONDS),
                    "|---|---|---|",
                    "| follow-up run, today and the 3 days before | %,d calls given | **%.1f s** |"
                            .formatted(created, runSeconds),
                    "| the same run again | %,d calls given | **%.1f s** |".formatted(again, againSeconds),
                    "| tier recomputation, first (most move up) | %,d members, %,d up, %,d down | **%.1f s** |"
                            .formatted(moved.members(), moved.upgraded(), moved.downgraded(), firstSeconds),
                    "| tier recomputation, second (tiers already right) | %,d members, %,d up, %,d down | **%.1f s** |"
                            .formatted(steady.members(), steady.upgraded(), steady.downgraded(), secondSeconds)));
            BenchOnPostgres.report(report);
        }
    }

    /** Takes back what an earlier run on the kept database made, so that this one does the same work. */
    private static void startAgain(JdbcClient jdbc, long program) {
        jdbc.sql("DELETE FROM satisfaction_follow_up").update();
        jdbc.sql("DELETE FROM satisfaction_loyalty_tier_change WHERE program_id = :p AND reason <> 'JOINED'")
                .param("p", program)
                .update();
        jdbc.sql("UPDATE satisfaction_loyalty_member SET tier_rank = NULL WHERE program_id = :p")
                .param("p", program)
                .update();
        jdbc.sql("VACUUM ANALYZE satisfaction_loyalty_member").update();
    }

    private void fill(JdbcClient jdbc, long program) {
        long orders = Math.max(1, lines / 3);
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, sort_name, lifecycle_status, owner_username,
                       created_at, updated_at)
                SELECT 'B' || g, 'PERSON', 'Cliente ' || g, 'cliente ' || g, 'CUSTOMER', 'seller' || (g % 20),
                       now(), now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        long first = jdbc.sql("SELECT MIN(id) FROM customer").query(Long.class).single();
        // Orders over the last two years, two in three with a delivery day some days later; amounts
        // so that every tier fills.
        jdbc.sql("""
                INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                       created_at, delivered_on)
                SELECT 'BO' || o, :first + (o * 7919) % :n, current_date - CAST(o % 730 AS INTEGER), 'EUR',
                       10 + (o * 7919) % 600, 3, now(),
                       CASE WHEN o % 3 = 0 THEN NULL
                            ELSE current_date - CAST(o % 730 AS INTEGER) + CAST(o % 5 AS INTEGER) END
                  FROM generate_series(1, :orders) o""")
                .param("first", first)
                .param("n", customers)
                .param("orders", orders)
                .update();
        long firstOrder =
                jdbc.sql("SELECT MIN(id) FROM sales_order").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO order_line (order_id, line_number, quantity, amount)
                SELECT :firstOrder + (l / 3), 1 + l % 3, 1, 10
                  FROM generate_series(0, :lines - 1) l""").param("firstOrder", firstOrder).param("lines", orders * 3).update();
        jdbc.sql("""
                INSERT INTO satisfaction_loyalty_member (program_id, customer_id, joined_at, joined_via)
                SELECT :program, id, now(), 'IN_PERSON' FROM customer""").param("program", program).update();
        for (String table : List.of("customer", "sales_order", "order_line", "satisfaction_loyalty_member")) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
    }
}
