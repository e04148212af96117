package org.clientela.retention.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.clientela.ClientelaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long the whole base takes to download as CSV from {@code GET /api/v1/retention/customer-scores}
 * ({@code Accept: text/csv}) over HTTP on PostgreSQL (target: a million customers in ≤ 30 s). Not
 * part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -o -Pbench test -Dtest=CustomerScoresExportBenchmark -Dbench.customers=1000000 -Dbench.heap=256m</pre>
 *
 * It creates a database on {@code bench.pg.url} (dropped afterwards unless {@code -Dbench.keep=true}
 * or {@code -Dbench.name=...} names it), starts the application on it (the schema), fills
 * {@code customer} and {@code retention_customer_score} with {@code bench.customers} rows by SQL
 * (as a radar run would leave the scores: one row per customer, risk ranks in another order than the
 * ids, a third of them with signals), then downloads the file {@code bench.runs} (3) times with the
 * JDK's HTTP client as the first admin, reading and counting every byte and line, and prints time to
 * the first byte, total time, size, rate and the peak heap. {@code -Dbench.heap} is the heap of the
 * JVM that serves the download (the benchmark's own), so a small one shows the file is streamed,
 * not held. A kept database is reused as it is: {@code -Dbench.name=clientela_scores_1m} a second
 * time fills nothing. Figures are appended to {@code target/bench/scores-report.md}.
 */
class CustomerScoresExportBenchmark {

    final long customers = Long.getLong("bench.customers", 100_000);
    final int runs = Integer.getInteger("bench.runs", 3);
    final String server = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final String keptName = System.getProperty("bench.name", "");
    final boolean keep = Boolean.getBoolean("bench.keep") || !keptName.isBlank();
    final Path folder = Path.of("target", "bench").toAbsolutePath();
    final List<String> report = new ArrayList<>();

    @Test
    void downloadsEveryCustomersScoreAsCsv() throws Exception {
        Files.createDirectories(folder);
        String name = keptName.isBlank() ? "clientela_scores_" + System.currentTimeMillis() : keptName;
        boolean exists = postgresQuery("SELECT COUNT(*) FROM pg_database WHERE datname = '" + name + "'") > 0;
        if (!exists) {
            postgres("postgres", "CREATE DATABASE " + name);
        }
        try (ConfigurableApplicationContext app = start(server + name)) {
            long scored = fill(name);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            say(
                    "Customer scores CSV benchmark %s: %,d scored customers on PostgreSQL (%s), heap -Xmx%d MB, %d cores",
                    java.time.LocalDateTime.now().withNano(0),
                    scored,
                    name,
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            say("");
            say("| run | first byte | whole file | lines | size | rate | peak heap used |");
            say("|---|---|---|---|---|---|---|");
            for (int run = 1; run <= runs; run++) {
                download(port, run, scored);
            }
        } finally {
            if (!keep) {
                postgres("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
        Files.write(
                folder.resolve("scores-report.md"),
                report,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Customers and their scores, unless the database already has them; returns how many are scored. */
    private long fill(String name) throws SQLException {
        long scored = postgresQuery(name, "SELECT COUNT(*) FROM retention_customer_score");
        if (scored > 0) {
            System.out.printf("[scores] %,d scores already in %s, nothing filled%n", scored, name);
            return scored;
        }
        long start = System.nanoTime();
        postgres(name, """
                INSERT INTO customer (customer_number, kind, name, sort_name, lifecycle_status, created_at, updated_at)
                SELECT 'B' || lpad(g::text, 8, '0'), 'PERSON', 'Cliente ' || g, 'cliente ' || g, 'CUSTOMER', now(),
                       now()
                  FROM generate_series(1, %d) g""".formatted(customers));
        // Risk from a hash of the id: the rank order is not the id order, as in a real run.
        postgres(name, """
                INSERT INTO retention_customer_score (customer_id, run_id, as_of, purchase_days, days_since_last,
                       risk_score, risk_rank, year_spend, money_at_risk, p_alive, expected_purchases, expected_value,
                       signals)
                SELECT id, 1, DATE '2026-12-01', purchases, days, risk, ROW_NUMBER() OVER (ORDER BY risk DESC, id),
                       spend, ROUND(spend * risk::numeric, 2), 1 - risk, (1 - risk) * purchases / 4.0,
                       ROUND(spend * (1 - risk)::numeric * 2, 2),
                       CASE id % 6 WHEN 0 THEN 'OVERDUE' WHEN 1 THEN 'OVERDUE,AOV_DECLINE' ELSE '' END
                  FROM (SELECT id, 1 + id % 23 AS purchases, (id * 7919) % 731 AS days,
                               (hashtext(id::text)::bigint + 2147483648) / 4294967296.0 AS risk,
                               ((id * 104729) % 250000) / 100.0 AS spend
                          FROM customer) s""");
        postgres(name, "ANALYZE");
        scored = postgresQuery(name, "SELECT COUNT(*) FROM retention_customer_score");
        System.out.printf(
                Locale.ROOT,
                "[scores] %,d customers and scores filled in %.1f s%n",
                scored,
                (System.nanoTime() - start) / 1e9);
        return scored;
    }

    private void download(int port, int run, long expectedLines) throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/retention/customer-scores"))
                .header("Accept", "text/csv")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("admin:bench-only".getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        resetPeaks();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        long bytes = 0;
        long lines = 0;
        long firstByte = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                if (firstByte == 0 && n > 0) {
                    firstByte = System.nanoTime();
                }
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (lines != expectedLines + 1) {
            throw new IllegalStateException("Expected a header and " + expectedLines + " lines, got " + lines);
        }
        say(
                "| %d | %.2f s | **%.1f s** | %,d + header | %,d MB | %,.0f customers/s | %d MB |",
                run,
                (firstByte - start) / 1e9,
                seconds,
                lines - 1,
                bytes >> 20,
                (lines - 1) / seconds,
                peakHeap() >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--clientela.demo=false",
                        "--server.port=0",
                        "--clientela.data-dir="
                                + Path.of("target", "bench", "data").toAbsolutePath(),
                        "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                        "--spring.jmx.enabled=false",
                        "--logging.level.org.clientela=WARN",
                        "--logging.level.org.clientela.retention.internal.risk.RiskScoreBook=DEBUG",
                        "--clientela.retention.radar.cron=-");
    }

    private void postgres(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long postgresQuery(String sql) throws SQLException {
        return postgresQuery("postgres", sql);
    }

    private long postgresQuery(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + database, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        report.add(line);
    }
}
