package org.clientela.satisfaction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clientela.satisfaction.internal.followups.FollowUpRun;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * How fast the survey figures answer over a million survey answers, and how long the nightly
 * follow-up run takes over a million customers, on PostgreSQL. Not part of {@code ./mvnw verify}:
 *
 * <pre>./mvnw -Pbench verify -Dtest=SatisfactionSurveysBenchmark -Dbench.heap=1g -Dbench.surveys=1000000 -Dbench.customers=1000000 -Dbench.orders=3000000</pre>
 *
 * Fills a fresh database with SQL — surveys over the last year (60 % by link, a quarter of the links
 * unanswered, 20 owners, three case types), customers with owners and their orders over three years
 * (the run reads orders, never their lines) — then times the figures endpoint through MockMvc after
 * a warm-up (p50/p90/p99) and the nightly run (today and the three days before), appending the
 * figures to {@code target/bench/report.md}.
 */
class SatisfactionSurveysBenchmark {

    final long surveys = Long.getLong("bench.surveys", 1_000_000);
    final long customers = Long.getLong("bench.customers", 1_000_000);
    final long orders = Long.getLong("bench.orders", 3_000_000);
    final int requests = Integer.getInteger("bench.requests", 100);

    @Test
    void figuresOverAMillionAnswersAndTheNightlyFollowUpRun() throws Exception {
        try (BenchOnPostgres bench = BenchOnPostgres.start("surveys", "--clientela.satisfaction.follow-ups.cron=-")) {
            JdbcClient jdbc = bench.jdbc();
            long start = System.nanoTime();
            fill(jdbc);
            double filled = (System.nanoTime() - start) / 1e9;
            MockMvc mvc = bench.mvc();
            LocalDate today = LocalDate.now();
            String year = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
            List<String> lines = new ArrayList<>(List.of(
                    "",
                    "## Survey figures and the nightly follow-up run (PostgreSQL)",
                    "",
                    "%,d surveys over a year, %,d customers, %,d orders over three years; filled in %.0f s; %,d requests per figure, server-side (MockMvc), after a warm-up; heap %s."
                            .formatted(
                                    surveys,
                                    customers,
                                    orders,
                                    filled,
                                    requests,
                                    Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB"),
                    "",
                    "| request (a year) | p50 | p90 | p99 (target ≤ 300 ms) |",
                    "|---|---|---|---|"));
            for (String groupBy : List.of("mode", "owner", "team", "caseType", "month")) {
                lines.add(row(
                        "figures by " + groupBy,
                        time(mvc, "/api/v1/satisfaction/figures?" + year + "&groupBy=" + groupBy)));
            }
            FollowUpRun run = bench.application().getBean(FollowUpRun.class);
            long runStart = System.nanoTime();
            long created = 0;
            for (int back = 3; back >= 0; back--) {
                created += run.run(today.minusDays(back)).created();
            }
            double runSeconds = (System.nanoTime() - runStart) / 1e9;
            lines.add("");
            lines.add("Nightly follow-up run (four days, target ≤ 60 s): %.1f s, %,d calls given."
                    .formatted(runSeconds, created));
            lines.forEach(System.out::println);
            Path report = Path.of("target", "bench", "report.md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, owner_username,
                       created_at, updated_at)
                SELECT 'B' || g, 'PERSON', 'Cliente ' || g, 'CUSTOMER', 'cliente ' || g, 'seller' || (g % 20), now(), now()
                  FROM generate_series(1, :n) g""").param("n", customers).update();
        long first = jdbc.sql("SELECT MIN(id) FROM customer").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                       created_at, delivered_on)
                SELECT 'O' || g, :first + (g * 7919) % :customers, current_date - CAST(g % 1095 AS INTEGER), 'EUR',
                       20 + (g % 1000), 3, now(),
                       CASE WHEN g % 3 = 0 THEN NULL ELSE current_date - CAST(g % 1095 AS INTEGER) + CAST(g % 5 AS INTEGER) END
                  FROM generate_series(1, :orders) g""")
                .param("first", first)
                .param("customers", customers)
                .param("orders", orders)
                .update();
        jdbc.sql("""
                INSERT INTO satisfaction_survey (kind, mode, status, customer_id, owner_user, case_type, language,
                       created_at, answered_at, score)
                SELECT CASE WHEN g % 5 < 2 THEN 'NPS' ELSE 'CSAT' END,
                       CASE WHEN g % 5 < 3 THEN 'LINK' ELSE 'PHONE' END,
                       CASE WHEN g % 5 < 3 AND g % 4 = 0 THEN 'SENT' ELSE 'ANSWERED' END,
                       :first + (g * 104729) % :customers, 'seller' || (g % 20),
                       CASE g % 4 WHEN 0 THEN 'COMPLAINT' WHEN 1 THEN 'QUESTION' WHEN 2 THEN 'REQUEST' END, 'es',
                       now() - ((g % 525600) * interval '1 minute'),
                       CASE WHEN g % 5 < 3 AND g % 4 = 0 THEN NULL ELSE now() - ((g % 525600) * interval '1 minute') END,
                       CASE WHEN g % 5 < 3 AND g % 4 = 0 THEN NULL
                            WHEN g % 5 < 2 THEN g % 11 ELSE 1 + g % 5 END
                  FROM generate_series(1, :n) g""")
                .param("first", first)
                .param("customers", customers)
                .param("n", surveys)
                .update();
        jdbc.sql("VACUUM ANALYZE customer").update();
        jdbc.sql("VACUUM ANALYZE sales_order").update();
        jdbc.sql("VACUUM ANALYZE satisfaction_survey").update();
    }

    private static String row(String what, double[] ms) {
        return "| %s | %.2f ms | %.2f ms | **%.2f ms** |".formatted(what, ms[0], ms[1], ms[2]);
    }

    private double[] time(MockMvc mvc, String path) throws Exception {
        for (int i = 0; i < 10; i++) {
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
                    path + " answered " + result.getResponse().getStatus());
        }
    }
}
