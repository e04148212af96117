package org.clientela.satisfaction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.ClientelaApplication;
import org.clientela.satisfaction.internal.surveys.SurveyCounts;
import org.clientela.support.BenchOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * How fast the survey figures answer over a million survey answers, on H2 and on PostgreSQL. Not
 * part of {@code ./mvnw verify}:
 *
 * <pre>./mvnw -Pbench verify -Dtest=SatisfactionSurveysBenchmark -Dbench.heap=1g -Dbench.surveys=1000000 -Dbench.db=h2,postgres</pre>
 *
 * Fills a fresh database with SQL — surveys over the last year (60 % by link, a quarter of the links
 * unanswered, 20 owners, three case types and none) — counts them as a migration does (the ledger
 * written past {@link SurveyCounts}, so counted again once, timed), then times the figures endpoint
 * through MockMvc after a warm-up (p50/p90/p99) for each split over the year, appending the figures
 * to {@code target/bench/report.md}. The follow-up run is measured at size by
 * {@link SatisfactionNightlyBenchmark}.
 */
class SatisfactionSurveysBenchmark {

    final long surveys = Long.getLong("bench.surveys", 1_000_000);
    final int requests = Integer.getInteger("bench.requests", 100);
    final String databases = System.getProperty("bench.db", "h2,postgres");
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final Path folder = Path.of("target", "bench").toAbsolutePath();

    @Test
    void figuresOverAMillionAnswers() throws Exception {
        for (String database : databases.split(",")) {
            String name = "clientela_bench_surveys_" + System.currentTimeMillis();
            String url = switch (database.strip()) {
                case "h2" ->
                    "jdbc:h2:file:" + folder.resolve("h2").resolve(name)
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
                case "postgres" -> {
                    postgres("CREATE DATABASE " + name);
                    yield postgresServer + name + "?reWriteBatchedInserts=true";
                }
                default -> throw new IllegalArgumentException("bench.db: h2 or postgres, not " + database);
            };
            try {
                measure(database.strip(), url);
            } finally {
                if (database.strip().equals("postgres") && !Boolean.getBoolean("bench.keep")) {
                    postgres("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
                if (database.strip().equals("h2") && !Boolean.getBoolean("bench.keep")) {
                    try (var files = Files.list(folder.resolve("h2"))) {
                        for (Path file : files.filter(
                                        f -> f.getFileName().toString().startsWith(name))
                                .toList()) {
                            Files.delete(file);
                        }
                    }
                }
            }
        }
    }

    private void measure(String database, String url) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (database.equals("h2") ? "sa" : "postgres"),
                        "--spring.datasource.password=",
                        "--clientela.demo=false",
                        "--server.port=0",
                        "--clientela.data-dir=" + folder.resolve("data"),
                        "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                        "--spring.jmx.enabled=false",
                        "--clientela.satisfaction.follow-ups.cron=-",
                        "--logging.level.org.clientela=WARN");
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long start = System.nanoTime();
            fill(jdbc, database);
            double filled = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            app.getBean(SurveyCounts.class).recount();
            double counted = (System.nanoTime() - start) / 1e9;
            long rows = jdbc.sql("SELECT COUNT(*) FROM satisfaction_survey_count")
                    .query(Long.class)
                    .single();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                    .apply(springSecurity())
                    .build();
            LocalDate today = LocalDate.now();
            String year = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
            List<String> lines = new ArrayList<>(List.of(
                    "",
                    "## Survey figures over a year of %,d surveys (%s)".formatted(surveys, database),
                    "",
                    "Filled in %.0f s; counted into %,d day rows in %.1f s (what the migration or a change of time zone does once); %,d requests per split, server-side (MockMvc), after a warm-up; heap %d MB."
                            .formatted(
                                    filled,
                                    rows,
                                    counted,
                                    requests,
                                    Runtime.getRuntime().maxMemory() / (1024 * 1024)),
                    "",
                    "| request (a year) | p50 | p90 | p99 (target ≤ 300 ms) |",
                    "|---|---|---|---|"));
            for (String groupBy : List.of("mode", "owner", "team", "caseType", "month")) {
                String path = "/api/v1/satisfaction/figures?" + year + "&groupBy=" + groupBy;
                double[] ms = BenchOnPostgres.time(10, requests, () -> perform(mvc, path));
                lines.add(
                        "| figures by %s | %.2f ms | %.2f ms | **%.2f ms** |".formatted(groupBy, ms[0], ms[1], ms[2]));
            }
            BenchOnPostgres.report(lines);
        } finally {
            app.close();
        }
    }

    /** Surveys over the last year, one a minute or so; on H2 from SYSTEM_RANGE, on PostgreSQL from generate_series. */
    private void fill(JdbcClient jdbc, String database) {
        String numbers =
                database.equals("h2") ? "(SELECT \"X\" AS g FROM SYSTEM_RANGE(1, :n)) r" : "generate_series(1, :n) g";
        String at = database.equals("h2")
                ? "DATEADD(MINUTE, -(g % 525600), CURRENT_TIMESTAMP)"
                : "now() - ((g % 525600) * interval '1 minute')";
        jdbc.sql("""
                INSERT INTO satisfaction_survey (kind, mode, status, customer_id, owner_user, case_type, language,
                       created_at, answered_at, score)
                SELECT CASE WHEN g % 5 < 2 THEN 'NPS' ELSE 'CSAT' END,
                       CASE WHEN g % 5 < 3 THEN 'LINK' ELSE 'PHONE' END,
                       CASE WHEN g % 5 < 3 AND g % 4 = 0 THEN 'SENT' ELSE 'ANSWERED' END,
                       1 + (g * 104729) % 200000, 'seller' || (g % 20),
                       CASE g % 4 WHEN 0 THEN 'COMPLAINT' WHEN 1 THEN 'QUESTION' WHEN 2 THEN 'REQUEST' END, 'es',
                       {AT},
                       CASE WHEN g % 5 < 3 AND g % 4 = 0 THEN NULL ELSE {AT} END,
                       CASE WHEN g % 5 < 3 AND g % 4 = 0 THEN NULL
                            WHEN g % 5 < 2 THEN g % 11 ELSE 1 + g % 5 END
                  FROM {NUMBERS}""".replace("{AT}", at).replace("{NUMBERS}", numbers))
                .param("n", surveys)
                .update();
        if (database.equals("postgres")) {
            jdbc.sql("VACUUM ANALYZE satisfaction_survey").update();
        }
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
