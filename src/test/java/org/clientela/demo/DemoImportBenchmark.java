package org.clientela.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerFixtures;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast a large business imports and how fast a customer is found, on H2 and PostgreSQL. Not
 * part of {@code ./mvnw verify}; run it with the {@code bench} profile (see the README):
 *
 * <pre>./mvnw -Pbench verify -Dtest=DemoImportBenchmark -Dbench.customers=1000000 -Dbench.lines=10000000 -Dbench.db=postgres</pre>
 *
 * Prints the figures and writes {@code target/bench/report.md}. It asserts nothing about speed:
 * the targets are printed next to the measurements for a person to judge.
 */
class DemoImportBenchmark {

    static final double TARGET_LINES_PER_SECOND = 100_000;
    static final double TARGET_SEARCH_P99_MS = 20;

    final long customers = Long.getLong("bench.customers", 10_000);
    final long lines = Long.getLong("bench.lines", 100_000);
    final String databases = System.getProperty("bench.db", "h2,postgres");
    final long seed = Long.getLong("bench.seed", 42);
    final int queries = Integer.getInteger("bench.queries", 3_000);
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final Path folder = Path.of("target", "bench").toAbsolutePath();
    final List<String> report = new ArrayList<>();

    @Test
    void importsTheLargeBusinessAndSearchesIt() throws Exception {
        Files.createDirectories(folder);
        LocalDate today = LocalDate.now();
        double perCustomer = (double) lines / customers;
        double natural = DemoFiles.linesPerCustomer(new DemoBusiness(seed, today), 2_000);
        DemoBusiness business = new DemoBusiness(seed, today, Math.max(1, natural / perCustomer));
        Path customersCsv = folder.resolve("customers.csv");
        Path ordersCsv = folder.resolve("orders.csv");

        long start = System.nanoTime();
        DemoFiles.Written written = DemoFiles.write(business, customers, customersCsv, ordersCsv);
        double generated = seconds(start);
        say("# Clientela benchmark");
        say("");
        say(
                "Run %s on %d cores, Java %s, max heap %d MB.",
                java.time.LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        say("");
        say(
                "Data (seed %d): %,d customers, %,d orders, %,d order lines; files %,d MB + %,d MB, generated in %.1f s.",
                seed,
                written.customers(),
                written.orders(),
                written.lines(),
                Files.size(customersCsv) >> 20,
                Files.size(ordersCsv) >> 20,
                generated);
        say("");
        say(
                "| database | customers import | order import | order lines/s (target ≥ %,.0f) | search p50 | search p90 | search p99 (target ≤ %.0f ms) | searches with hits |",
                TARGET_LINES_PER_SECOND, TARGET_SEARCH_P99_MS);
        say("|---|---|---|---|---|---|---|---|");
        List<String> queryTexts = queries(business);
        for (String database : databases.split(",")) {
            measure(database.strip(), customersCsv, ordersCsv, written, queryTexts);
        }
        Files.write(folder.resolve("report.md"), report, StandardCharsets.UTF_8);
        System.out.println("Report written to " + folder.resolve("report.md"));
    }

    private void measure(
            String database, Path customersCsv, Path ordersCsv, DemoFiles.Written written, List<String> queryTexts)
            throws Exception {
        String name = "clientela_bench_" + System.currentTimeMillis();
        String url = switch (database) {
            case "h2" ->
                "jdbc:h2:file:" + folder.resolve("h2").resolve(name)
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            case "postgres" -> {
                postgres("CREATE DATABASE " + name);
                yield postgresServer + name + "?reWriteBatchedInserts=true";
            }
            default -> throw new IllegalArgumentException("bench.db: h2 or postgres, not " + database);
        };
        // As arguments: they outrank application.properties, default properties would not.
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
            System.out.printf("[%s] importing %,d customers%n", database, written.customers());
            long start = System.nanoTime();
            ImportResult people = app.getBean(CustomerImporter.class).importCsv(customersCsv, progress(database));
            double customerSeconds = seconds(start);
            System.out.printf("[%s] importing %,d order lines%n", database, written.lines());
            start = System.nanoTime();
            ImportResult sales = app.getBean(OrderImporter.class).importCsv(ordersCsv, progress(database));
            double orderSeconds = seconds(start);
            if (people.created() != written.customers() || sales.created() != written.orders()) {
                throw new IllegalStateException("Imported " + people + " and " + sales + " but wrote " + written);
            }
            double[] latencies = searchLatencies(new CustomerFixtures(app), queryTexts);
            say(
                    "| %s | %.1f s (%,.0f customers/s) | %.1f s | **%,.0f** | %.2f ms | %.2f ms | **%.2f ms** | %.0f %% |",
                    database.equals("h2") ? "H2 (file)" : "PostgreSQL",
                    customerSeconds,
                    written.customers() / customerSeconds,
                    orderSeconds,
                    written.lines() / orderSeconds,
                    latencies[0],
                    latencies[1],
                    latencies[2],
                    latencies[3]);
        } finally {
            app.close();
            if (database.equals("postgres") && !Boolean.getBoolean("bench.keep")) {
                postgres("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /**
     * What people type when the phone rings: a piece of the number, a surname, the start of an
     * e-mail, a customer number. Taken from random customers of the generated business.
     */
    private List<String> queries(DemoBusiness business) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; texts.size() < queries + queries / 5; i++) {
            DemoBusiness.Customer customer = business.customer(random.nextLong(customers));
            String digits =
                    customer.phone().replaceAll("^(\\+34|0034|\\(\\+34\\))", "").replaceAll("[^0-9]", "");
            String[] words = customer.name().split(" ");
            switch (i % 4) {
                case 0 -> texts.add(digits.substring(3));
                case 1 -> texts.add(words[Math.min(1, words.length - 1)]);
                case 2 ->
                    texts.add(
                            customer.email().isEmpty()
                                    ? digits
                                    : customer.email()
                                            .substring(
                                                    0,
                                                    Math.min(6, customer.email().indexOf('@'))));
                default -> texts.add(customer.number());
            }
        }
        return texts;
    }

    /** p50, p90, p99 in milliseconds and the share of searches that found someone, after a warm-up. */
    private double[] searchLatencies(CustomerFixtures customers, List<String> texts) {
        int warmUp = queries / 5;
        for (int i = 0; i < warmUp; i++) {
            customers.foundOnFirstPage(texts.get(i));
        }
        double[] millis = new double[queries];
        int hits = 0;
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            int found = customers.foundOnFirstPage(texts.get(warmUp + i));
            millis[i] = (System.nanoTime() - start) / 1e6;
            hits += found == 0 ? 0 : 1;
        }
        Arrays.sort(millis);
        return new double[] {
            percentile(millis, 50), percentile(millis, 90), percentile(millis, 99), 100.0 * hits / queries
        };
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static ImportProgress progress(String database) {
        long[] last = {System.nanoTime()};
        return (phase, rows) -> {
            if (System.nanoTime() - last[0] > 15_000_000_000L) {
                last[0] = System.nanoTime();
                System.out.printf(Locale.ROOT, "[%s] %s %,d rows%n", database, phase, rows);
            }
        };
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
        report.add(line);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
