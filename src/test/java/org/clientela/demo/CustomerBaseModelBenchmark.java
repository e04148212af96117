package org.clientela.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.ImportProgress;
import org.clientela.retention.CustomerBaseModelFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer-base model on a large business in the database (R5): the per-customer summary from
 * the orders (one aggregate SQL, streamed) plus the BG/NBD and Gamma-Gamma fits, then the
 * calibration/holdout check with its weekly tracking curve on the default dates. Targets: ≤ 30 s each
 * at 1,000,000 customers and 10,000,000 order lines on PostgreSQL and H2, heap ≤ 1 GB. Lives
 * beside {@link DemoImportBenchmark} to make the same business. Not part of {@code ./mvnw verify}:
 *
 * <pre>
 * ./mvnw -Pbench verify -Dtest=CustomerBaseModelBenchmark -Dbench.customers=1000000 -Dbench.lines=10000000 -Dbench.db=postgres,h2
 * # or on a database DemoImportBenchmark kept (-Dbench.keep=true), without importing again:
 * ./mvnw -Pbench verify -Dtest=CustomerBaseModelBenchmark -Dbench.model.url=jdbc:postgresql://127.0.0.1:5432/clientela_bench_…
 * </pre>
 *
 * Prints the figures and appends them to {@code target/bench/model-report.md}.
 */
class CustomerBaseModelBenchmark {

    final long customers = Long.getLong("bench.customers", 10_000);
    final long lines = Long.getLong("bench.lines", 100_000);
    final String databases = System.getProperty("bench.db", "h2,postgres");
    final long seed = Long.getLong("bench.seed", 42);
    final String existing = System.getProperty("bench.model.url");
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final Path folder = Path.of("target", "bench").toAbsolutePath();

    @Test
    void fitsTheModelOnALargeBusiness() throws Exception {
        Files.createDirectories(folder);
        if (existing != null) {
            measure(existing.startsWith("jdbc:h2") ? "h2" : "postgres", existing, null, null);
            return;
        }
        LocalDate today = LocalDate.now();
        double perCustomer = (double) lines / customers;
        double natural = DemoFiles.linesPerCustomer(new DemoBusiness(seed, today), 2_000);
        DemoBusiness business = new DemoBusiness(seed, today, Math.max(1, natural / perCustomer));
        Path customersCsv = folder.resolve("model-customers.csv");
        Path ordersCsv = folder.resolve("model-orders.csv");
        DemoFiles.Written written = DemoFiles.write(business, customers, customersCsv, ordersCsv);
        say(
                "Data (seed %d): %,d customers, %,d orders, %,d order lines.",
                seed, written.customers(), written.orders(), written.lines());
        for (String database : databases.split(",")) {
            String name = "clientela_model_bench_" + System.currentTimeMillis();
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
                measure(database.strip(), url, customersCsv, ordersCsv);
            } finally {
                if (database.strip().equals("postgres") && !Boolean.getBoolean("bench.keep")) {
                    postgres("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        }
    }

    private void measure(String database, String url, Path customersCsv, Path ordersCsv) {
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
                        "--logging.level.org.clientela=WARN");
        try {
            if (customersCsv != null) {
                System.out.printf("[%s] importing%n", database);
                app.getBean(CustomerImporter.class).importCsv(customersCsv, ImportProgress.NONE);
                app.getBean(OrderImporter.class).importCsv(ordersCsv, ImportProgress.NONE);
            }
            LocalDate today = LocalDate.now();
            // The summary alone, then summary + both fits as the service does them (twice: cold, warm).
            long[] rows = {0};
            long start = System.nanoTime();
            app.getBean(TransactionTemplate.class)
                    .executeWithoutResult(s ->
                            app.getBean(CustomerPurchases.class).forEachSummary(today, null, summary -> rows[0]++));
            double summarySeconds = seconds(start);
            CustomerBaseModelFixtures model = new CustomerBaseModelFixtures(app);
            for (int round = 1; round <= 2; round++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                start = System.nanoTime();
                CustomerBaseModelFixtures.Fit fit = model.fit(today);
                double total = seconds(start);
                say(
                        "| %s | %,d customers | summary alone %.1f s | summary + BG/NBD + Gamma-Gamma %.1f s (target ≤ 30 s) "
                                + "| r=%.4f α=%.4f a=%.4f b=%.4f p=%.3f q=%.3f γ=%.3f | peak heap during the fit %d MB |",
                        database,
                        rows[0],
                        summarySeconds,
                        total,
                        fit.r(),
                        fit.alpha(),
                        fit.a(),
                        fit.b(),
                        fit.p(),
                        fit.q(),
                        fit.gamma(),
                        peakHeap() >> 20);
            }
            // The calibration/holdout check with its weekly tracking curve, on the default dates (the
            // newest order's day and 26 weeks before it), as POST /api/v1/retention/model-checks runs it.
            for (int round = 1; round <= 2; round++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                start = System.nanoTime();
                CustomerBaseModelFixtures.Check check = model.check();
                double curve = seconds(start);
                // ...and, as the API and the page do after it, how the radar's order did over those weeks.
                var quality = model.rankingOver(check);
                double total = seconds(start);
                say(
                        "| %s | %,d customers | model check %s to %s with its %d-week tracking curve %.1f s, with the radar's "
                                + "order %.1f s (target ≤ 30 s) | predicted %.0f, actual %.0f repeat purchases; ranking %s "
                                + "| peak heap during the check %d MB |",
                        database,
                        check.customers(),
                        check.calibrationEnd(),
                        check.holdoutEnd(),
                        check.weeks(),
                        curve,
                        total,
                        check.predictedTotal(),
                        check.actualTotal(),
                        quality.orElse(null),
                        peakHeap() >> 20);
            }
        } finally {
            app.close();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private void postgres(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        try {
            Files.writeString(
                    folder.resolve("model-report.md"),
                    line + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
