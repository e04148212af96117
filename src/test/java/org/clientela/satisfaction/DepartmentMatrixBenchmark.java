package org.clientela.satisfaction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clientela.ClientelaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * How fast the department × department matrix answers over a large history of internal requests,
 * on PostgreSQL. Not part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=DepartmentMatrixBenchmark -Dbench.internalRequests=1000000</pre>
 *
 * Fills a fresh database with SQL (12 departments, requests spread over the last year, nine in ten
 * answered, a third rated in the survey ledger), then calls the matrix for a year and for the last
 * 90 days through MockMvc after a warm-up and prints p50/p90/p99, appending them to
 * {@code target/bench/report.md}.
 */
class DepartmentMatrixBenchmark {

    static final double TARGET_P99_MS = 300;

    final long requests = Long.getLong("bench.internalRequests", 1_000_000);
    final int calls = Integer.getInteger("bench.requests", 50);
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");

    @Test
    void answersTheMatrixOverALargeHistory() throws Exception {
        String name = "clientela_bench_internal_" + System.currentTimeMillis();
        postgres("CREATE DATABASE " + name);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--spring.datasource.url=" + postgresServer + name,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--clientela.demo=false",
                        "--server.port=0",
                        "--clientela.data-dir=target/bench/data",
                        "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                        "--spring.jmx.enabled=false",
                        "--logging.level.org.clientela=WARN");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long start = System.nanoTime();
            fill(jdbc);
            double filled = (System.nanoTime() - start) / 1e9;
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(springSecurity())
                    .build();
            LocalDate to = LocalDate.now();
            double[] year = time(mvc, "/api/v1/internal-requests/matrix?from=" + to.minusYears(1) + "&to=" + to);
            double[] quarter = time(mvc, "/api/v1/internal-requests/matrix?from=" + to.minusDays(89) + "&to=" + to);
            List<String> lines = List.of(
                    "",
                    "## Department matrix (PostgreSQL)",
                    "",
                    "%,d internal requests over a year between 12 departments, filled in %.0f s; %,d calls per period, server-side (MockMvc), after a warm-up."
                            .formatted(requests, filled, calls),
                    "",
                    "| request | p50 | p90 | p99 (target ≤ %.0f ms) |".formatted(TARGET_P99_MS),
                    "|---|---|---|---|",
                    row("matrix, a year", year),
                    row("matrix, last 90 days", quarter));
            lines.forEach(System.out::println);
            Path report = Path.of("target", "bench", "report.md");
            Files.createDirectories(report.getParent());
            Files.write(report, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } finally {
            app.close();
            if (!Boolean.getBoolean("bench.keep")) {
                postgres("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static String row(String what, double[] ms) {
        return "| %s | %.2f ms | %.2f ms | **%.2f ms** |".formatted(what, ms[0], ms[1], ms[2]);
    }

    private void fill(JdbcClient jdbc) {
        // Department d asks department (d + 1 + g % 11) % 12: never itself.
        jdbc.sql("""
                INSERT INTO satisfaction_internal_request (from_department, to_department, requester, request_type,
                       priority, subject, customer_affected, status, created_at, first_response_due, resolution_due,
                       first_response_at, first_response_by, first_response_minutes, closed_at, closed_by,
                       resolution_minutes, rated_at, version)
                SELECT 'Dept ' || (g % 12), 'Dept ' || ((g % 12 + 1 + g % 11) % 12), 'user' || (g % 60), 'REQUEST',
                       'NORMAL', 'Petición ' || g, g % 5 = 0,
                       CASE WHEN g % 10 = 0 THEN 'OPEN' ELSE 'CLOSED' END,
                       c, c + interval '8 hours', c + interval '45 hours',
                       CASE WHEN g % 10 <> 0 THEN c + ((g % 600) * interval '1 minute') END,
                       CASE WHEN g % 10 <> 0 THEN 'user' || (g % 60 + 1) END,
                       CASE WHEN g % 10 <> 0 THEN g % 600 END,
                       CASE WHEN g % 10 <> 0 THEN c + interval '1 day' END,
                       CASE WHEN g % 10 <> 0 THEN 'user' || (g % 60 + 1) END,
                       CASE WHEN g % 10 <> 0 THEN 540 END,
                       CASE WHEN g % 3 = 1 THEN c + interval '2 days' END, 0
                  FROM (SELECT g, now() - interval '365 days' + ((g % 525600) * interval '1 minute') AS c
                          FROM generate_series(1, :n) g) s""").param("n", requests).update();
        jdbc.sql("""
                INSERT INTO satisfaction_survey (kind, mode, status, respondent_user, internal_request_id, owner_user,
                       language, created_at, answered_at, score)
                SELECT 'CSAT', 'LINK', 'ANSWERED', requester, id, closed_by, 'es', rated_at, rated_at, 1 + id % 5
                  FROM satisfaction_internal_request WHERE rated_at IS NOT NULL""").update();
        jdbc.sql("VACUUM ANALYZE satisfaction_internal_request").update();
        jdbc.sql("VACUUM ANALYZE satisfaction_survey").update();
    }

    private double[] time(MockMvc mvc, String path) throws Exception {
        for (int i = 0; i < 5; i++) {
            perform(mvc, path);
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            perform(mvc, path);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[calls / 2], ms[(int) (calls * 0.9)], ms[(int) Math.min(calls - 1, calls * 0.99)]};
    }

    private static void perform(MockMvc mvc, String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path).with(user("boss").roles("MANAGER"))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException(
                    path + " answered " + result.getResponse().getStatus());
        }
    }

    private void postgres(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
