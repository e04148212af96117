package org.clientela.satisfaction;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.clientela.satisfaction.internal.loyalty.LoyaltyPrograms;
import org.clientela.satisfaction.internal.loyalty.NewProgram;
import org.clientela.satisfaction.internal.loyalty.Tier;
import org.clientela.satisfaction.internal.loyalty.TierBasis;
import org.clientela.satisfaction.internal.loyalty.TierRecompute;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long the loyalty tiers take to recompute when every customer is a member, on PostgreSQL. Not
 * part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=LoyaltyRecomputeBenchmark -Dbench.customers=1000000 -Dbench.lines=10000000 -Dbench.heap=1g</pre>
 *
 * Fills a fresh database with SQL: the customers, three order lines per order spread over the last
 * two years, every customer a member of a program with three tiers by spend. Then recomputes twice —
 * the first run moves most members up, the second finds the tiers already right — and appends the
 * times to {@code target/bench/report.md}.
 */
class LoyaltyRecomputeBenchmark {

    static final double TARGET_SECONDS = 60;

    final long customers = Long.getLong("bench.customers", 100_000);
    final long lines = Long.getLong("bench.lines", 1_000_000);

    @Test
    void recomputesEveryMembersTierWithinAMinute() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("loyalty")) {
            JdbcClient jdbc = bench.jdbc();
            long start = System.nanoTime();
            long program = bench.application()
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
            double filled = (System.nanoTime() - start) / 1e9;
            TierRecompute recompute = bench.application().getBean(TierRecompute.class);
            long first = System.nanoTime();
            TierRecompute.Result moved = recompute.recompute(program);
            double firstSeconds = (System.nanoTime() - first) / 1e9;
            long second = System.nanoTime();
            TierRecompute.Result steady = recompute.recompute(program);
            double secondSeconds = (System.nanoTime() - second) / 1e9;
            long orders = jdbc.sql("SELECT COUNT(*) FROM sales_order")
                    .query(Long.class)
                    .single();
            List<String> report = List.of(
                    "",
                    "## Loyalty tier recomputation (PostgreSQL, heap %s)"
                            .formatted(System.getProperty("bench.heap", "default")),
                    "",
                    "%,d customers, all members; %,d orders, %,d order lines over two years; filled in %.0f s."
                            .formatted(customers, orders, lines, filled),
                    "",
                    "| run | members | up | down | time (target ≤ %.0f s) |".formatted(TARGET_SECONDS),
                    "|---|---|---|---|---|",
                    "| first (most move up) | %,d | %,d | %,d | **%.1f s** |"
                            .formatted(moved.members(), moved.upgraded(), moved.downgraded(), firstSeconds),
                    "| second (tiers already right) | %,d | %,d | %,d | **%.1f s** |"
                            .formatted(steady.members(), steady.upgraded(), steady.downgraded(), secondSeconds));
            report.forEach(System.out::println);
            Path file = Path.of("target", "bench", "report.md");
            Files.createDirectories(file.getParent());
            Files.write(file, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private void fill(JdbcClient jdbc, long program) {
        long orders = Math.max(1, lines / 3);
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, sort_name, lifecycle_status, created_at, updated_at)
                SELECT 'B' || g, 'PERSON', 'Cliente ' || g, 'cliente ' || g, 'CUSTOMER', now(), now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        long first = jdbc.sql("SELECT MIN(id) FROM customer").query(Long.class).single();
        // Orders over the last two years; amounts so that the tiers all fill.
        jdbc.sql("""
                INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                         created_at)
                SELECT 'BO' || o, :first + (o % :n), current_date - CAST(o % 730 AS INTEGER), 'EUR',
                       10 + (o * 7919) % 600, 3, now()
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
        jdbc.sql("VACUUM ANALYZE customer").update();
        jdbc.sql("VACUUM ANALYZE sales_order").update();
        jdbc.sql("VACUUM ANALYZE satisfaction_loyalty_member").update();
    }
}
