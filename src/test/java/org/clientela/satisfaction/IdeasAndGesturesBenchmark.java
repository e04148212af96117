package org.clientela.satisfaction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How fast the lists and figures of customers' ideas and of gestures answer over a large ledger,
 * on PostgreSQL. Not part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=IdeasAndGesturesBenchmark -Dbench.ideas=1000000 -Dbench.gestures=1000000</pre>
 *
 * Fills a fresh database with SQL (ideas in every status from 20 owners over a year, gestures of
 * both kinds over a year, and the segments of a million customers, whom the effect compares within;
 * no orders, so the effect's time is the matching and the per-day reads, not a real purchase
 * history), then calls each endpoint through MockMvc after a warm-up and prints p50/p90/p99,
 * appending them to {@code target/bench/report.md}.
 */
class IdeasAndGesturesBenchmark {

    final long ideas = Long.getLong("bench.ideas", 1_000_000);
    final long gestures = Long.getLong("bench.gestures", 1_000_000);
    final long customers = Long.getLong("bench.customers", 1_000_000);
    final int requests = Integer.getInteger("bench.requests", 50);

    @Test
    void answersTheListsAndFiguresOverALargeLedger() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("goodwill")) {
            JdbcClient jdbc = bench.jdbc();
            long start = System.nanoTime();
            fill(jdbc);
            double filled = (System.nanoTime() - start) / 1e9;
            MockMvc mvc = bench.mvc();
            LocalDate today = LocalDate.now();
            String year = "from=" + today.minusYears(1) + "&to=" + today;
            Path report = Path.of("target", "bench", "report.md");
            Files.createDirectories(report.getParent());
            // Each line is written as soon as it is measured, so a run stopped early keeps what it had.
            write(
                    report,
                    "",
                    "## Customers' ideas and gestures (PostgreSQL)",
                    "",
                    "%,d ideas, %,d gestures over a year, %,d segmented customers, filled in %.0f s; %,d requests per endpoint, server-side (MockMvc), after a warm-up."
                            .formatted(ideas, gestures, customers, filled, requests),
                    "",
                    "| request | p50 | p90 | p99 |",
                    "|---|---|---|---|");
            write(report, row("ideas, first page (newest first)", time(mvc, "/api/v1/ideas")));
            write(
                    report,
                    row(
                            "ideas of one owner, open, by follow-up day",
                            time(mvc, "/api/v1/ideas?owner=owner3&status=LOOKING&sort=follow-up&dir=asc")));
            write(report, row("ideas page 40 of a status", time(mvc, "/api/v1/ideas?status=ADOPTED&page=40")));
            write(report, row("ideas adopted per quarter (a year)", time(mvc, "/api/v1/ideas/adopted")));
            write(report, row("ideas list page (HTML)", time(mvc, "/satisfaction/ideas?area=PRICE")));
            write(report, row("gestures, first page", time(mvc, "/api/v1/gestures")));
            write(report, row("gestures, monthly totals (a year)", time(mvc, "/api/v1/gestures/monthly")));
            // The effect reads every recipient's segment and window: fewer calls, or the run takes an hour.
            write(
                    report,
                    row(
                            "gestures' effect, a month of apologies (3 calls)",
                            time(
                                    mvc,
                                    "/api/v1/gestures/effect?from=" + today.minusDays(240) + "&to="
                                            + today.minusDays(210) + "&kind=APOLOGY",
                                    3)));
            write(report, row("gestures' effect, a year (1 call)", time(mvc, "/api/v1/gestures/effect?" + year, 1)));
        }
    }

    private void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO retention_customer_segment (customer_id, r, f, m, segment, last_purchase, orders, revenue,
                       computed_at)
                SELECT g, 3, 3, 3,
                       (ARRAY['CHAMPIONS','LOYAL','PROMISING','NEED_ATTENTION','CANT_LOSE','AT_RISK','HIBERNATING','LOST'])[1 + g % 8],
                       current_date - CAST(g % 700 AS INTEGER), 1 + g % 20, g % 5000, now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        jdbc.sql("""
                INSERT INTO satisfaction_idea (customer_id, body, area, channel, owner, status, follow_up_on, answer,
                       answered_at, decided_on, created_by, created_at, version)
                SELECT 1 + (g * 7919) % :customers, 'Idea ' || g,
                       (ARRAY['PRODUCT','SERVICE','PRICE','OTHER'])[1 + g % 4],
                       (ARRAY['PHONE','EMAIL','IN_PERSON','WEB'])[1 + g % 4],
                       'owner' || (g % 20),
                       (ARRAY['RECEIVED','LOOKING','ADOPTED','DECLINED','ADOPTED'])[1 + g % 5],
                       current_date - CAST(g % 365 AS INTEGER) + 14,
                       CASE WHEN g % 5 >= 2 THEN 'Gracias' END,
                       CASE WHEN g % 5 >= 2 THEN now() - ((g % 365) * interval '1 day') END,
                       CASE WHEN g % 5 >= 2 THEN current_date - CAST(g % 365 AS INTEGER) + 10 END,
                       'owner' || (g % 20), now() - ((g % 365) * interval '1 day') - ((g % 1440) * interval '1 minute'), 0
                  FROM generate_series(1, :n) g""").param("customers", customers).param("n", ideas).update();
        jdbc.sql("""
                INSERT INTO satisfaction_gesture (customer_id, kind, type, description, reason, cost, given_by,
                       given_on, created_by, created_at)
                SELECT 1 + (g * 104729) % :customers,
                       CASE WHEN g % 5 < 3 THEN 'SURPRISE' ELSE 'APOLOGY' END,
                       (ARRAY['SMALL_EXTRA','HANDWRITTEN_NOTE','SAMPLE','WITH_REMEDY','WITHOUT_REMEDY'])[1 + g % 5],
                       'Detalle ' || g, 'Motivo', (g % 3000) / 100.0, 'owner' || (g % 20),
                       current_date - CAST(g % 365 AS INTEGER), 'owner' || (g % 20), now()
                  FROM generate_series(1, :n) g""").param("customers", customers).param("n", gestures).update();
        for (String table : List.of("retention_customer_segment", "satisfaction_idea", "satisfaction_gesture")) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
    }

    private static void write(Path report, String... lines) throws java.io.IOException {
        for (String line : lines) {
            System.out.println(line);
        }
        Files.write(report, List.of(lines), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String row(String what, double[] ms) {
        return "| %s | %.2f ms | %.2f ms | **%.2f ms** |".formatted(what, ms[0], ms[1], ms[2]);
    }

    private double[] time(MockMvc mvc, String path) throws Exception {
        return time(mvc, path, requests);
    }

    private double[] time(MockMvc mvc, String path, int requests) throws Exception {
        for (int i = 0; i < Math.min(5, requests); i++) {
            perform(mvc, path);
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            perform(mvc, path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {
            ms[requests / 2], ms[(int) (requests * 0.9)], ms[(int) Math.min(requests - 1, requests * 0.99)]
        };
    }

    private static void perform(MockMvc mvc, String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path).with(user("boss").roles("MANAGER"))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(
                    path + " answered " + result.getResponse().getStatus() + ": "
                            + result.getResponse().getContentAsString());
        }
    }
}
