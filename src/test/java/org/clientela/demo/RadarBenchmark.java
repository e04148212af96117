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
import java.util.List;
import java.util.Locale;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.retention.RadarFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How long a full radar run takes on a large business, with the heap the radar is meant to live
 * in. Not part of {@code ./mvnw verify}; run it with the {@code bench} profile:
 *
 * <pre>./mvnw -Pbench verify -Dtest=RadarBenchmark -Dbench.customers=1000000 -Dbench.lines=10000000 -Dbench.db=postgres</pre>
 *
 * It makes up the business with the demo generator (as {@code DemoImportBenchmark} does), imports
 * it, then starts a separate JVM with {@code -Xmx}{@code bench.radar.heap} (1g) on the same
 * database that runs the radar twice: the first run (every signal and call task new) and a
 * re-run on the same data (nothing new). Prints the figures and appends them to
 * {@code target/bench/radar-report.md}; it asserts nothing about speed (target: ≤ 60 s).
 *
 * <p>Importing a million customers takes minutes, so a data set can be made once and kept:
 *
 * <pre>./mvnw -Pbench verify -Dtest=RadarBenchmark -Dbench.customers=1000000 -Dbench.lines=10000000 -Dbench.db=postgres -Dbench.name=clientela_bench_1m -Dbench.radar=false</pre>
 *
 * imports into the database {@code clientela_bench_1m} (an H2 file of that name under
 * {@code target/bench/h2} for {@code h2}) and keeps it; {@code -Dbench.radar=false} stops after the
 * import. Then each experiment only runs the radar on it:
 *
 * <pre>./mvnw -Pbench verify -Dtest=RadarBenchmark -Dbench.reuse=jdbc:postgresql://127.0.0.1:5432/clientela_bench_1m</pre>
 *
 * ({@code -Dbench.reuse} takes any JDBC URL, H2 or PostgreSQL; nothing is generated, imported or
 * dropped; {@code -Dbench.rerun=false} skips the second run; {@code -Dbench.radar.jvm="..."} adds options
 * to the radar's JVM, such as a flight recording).
 *
 * <p>An H2 file with the same data as a kept PostgreSQL database, for the radar on H2 at a million
 * customers (the all-or-nothing import of that size is one transaction, too big for H2's store):
 *
 * <pre>./mvnw -Pbench verify -Dtest=RadarBenchmark -Dbench.copy=jdbc:postgresql://127.0.0.1:5432/clientela_bench_1m -Dbench.name=clientela_bench_1m</pre>
 */
class RadarBenchmark {

    final long customers = Long.getLong("bench.customers", 10_000);
    final long lines = Long.getLong("bench.lines", 100_000);
    final String databases = System.getProperty("bench.db", "h2,postgres");
    final long seed = Long.getLong("bench.seed", 42);
    final String heap = System.getProperty("bench.radar.heap", "1g");
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final String reuse = System.getProperty("bench.reuse", "");
    final String keptName = System.getProperty("bench.name", "");
    final boolean radar = Boolean.parseBoolean(System.getProperty("bench.radar", "true"));
    final boolean rerun = Boolean.parseBoolean(System.getProperty("bench.rerun", "true"));
    /** A kept PostgreSQL benchmark database to copy into the H2 file instead of importing the files (see {@link H2BenchCopy}). */
    final String copyFrom = System.getProperty("bench.copy", "");
    /** More options for the radar's JVM, e.g. {@code -XX:StartFlightRecording=filename=target/bench/radar.jfr}. */
    final String childOptions = System.getProperty("bench.radar.jvm", "");

    final Path folder = Path.of("target", "bench").toAbsolutePath();
    final List<String> report = new ArrayList<>();

    @Test
    void runsTheRadarOnALargeBusiness() throws Exception {
        Files.createDirectories(folder);
        if (!copyFrom.isBlank()) {
            copyIntoH2();
            return;
        }
        if (!reuse.isBlank()) {
            say(
                    "Radar benchmark %s on the existing database %s, radar JVM -Xmx%s, %d cores",
                    java.time.LocalDateTime.now().withNano(0),
                    reuse,
                    heap,
                    Runtime.getRuntime().availableProcessors());
            say("");
            header();
            String database = reuse.startsWith("jdbc:h2:") ? "h2" : "postgres";
            say("| %s %s", database.equals("h2") ? "H2 (file)" : "PostgreSQL", runRadar(reuse, database));
            Files.write(
                    folder.resolve("radar-report.md"),
                    report,
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            return;
        }
        LocalDate today = LocalDate.now();
        double natural = DemoFiles.linesPerCustomer(new DemoBusiness(seed, today), 2_000);
        DemoBusiness business = new DemoBusiness(seed, today, Math.max(1, natural / ((double) lines / customers)));
        Path customersCsv = folder.resolve("radar-customers.csv");
        Path ordersCsv = folder.resolve("radar-orders.csv");
        DemoFiles.Written written = DemoFiles.write(business, customers, customersCsv, ordersCsv);
        say(
                "Radar benchmark %s: %,d customers, %,d orders, %,d order lines (seed %d), radar JVM -Xmx%s, %d cores",
                java.time.LocalDateTime.now().withNano(0),
                written.customers(),
                written.orders(),
                written.lines(),
                seed,
                heap,
                Runtime.getRuntime().availableProcessors());
        say("");
        header();
        for (String database : databases.split(",")) {
            measure(database.strip(), customersCsv, ordersCsv);
        }
        Files.write(
                folder.resolve("radar-report.md"),
                report,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * Makes the H2 file {@code bench.name} under {@code target/bench/h2} (the schema by starting the
     * application on it) and fills it from the PostgreSQL database {@code bench.copy}.
     */
    private void copyIntoH2() throws Exception {
        if (keptName.isBlank()) {
            throw new IllegalArgumentException("bench.copy needs bench.name, the H2 file to make");
        }
        String url = "jdbc:h2:file:" + folder.resolve("h2").resolve(keptName)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (ConfigurableApplicationContext app = start(url, "h2")) {
            System.out.printf("[h2] schema made in %s%n", url);
        }
        long start = System.nanoTime();
        H2BenchCopy.copy(copyFrom, url);
        System.out.printf(
                Locale.ROOT,
                "[h2] copied %s into %s in %.1f s; file %,d MB%n",
                copyFrom,
                url,
                (System.nanoTime() - start) / 1e9,
                Files.size(folder.resolve("h2").resolve(keptName + ".mv.db")) >> 20);
    }

    private void header() {
        say(
                "| database | first run | re-run | customers | too little history | active signals | call tasks | peak heap used |");
        say("|---|---|---|---|---|---|---|---|");
    }

    private void measure(String database, Path customersCsv, Path ordersCsv) throws Exception {
        boolean keep = Boolean.getBoolean("bench.keep") || !keptName.isBlank();
        String name = keptName.isBlank() ? "clientela_radar_" + System.currentTimeMillis() : keptName;
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
        try {
            try (ConfigurableApplicationContext app = start(url, database)) {
                System.out.printf("[%s] importing%n", database);
                app.getBean(CustomerImporter.class).importCsv(customersCsv, ImportProgress.NONE);
                app.getBean(OrderImporter.class).importCsv(ordersCsv, ImportProgress.NONE);
            }
            if (!radar) {
                say("| %s | imported into %s, radar not run (bench.radar=false) |", database, url);
                return;
            }
            say("| %s %s", database.equals("h2") ? "H2 (file)" : "PostgreSQL", runRadar(url, database));
        } finally {
            if (database.equals("postgres") && !keep) {
                postgres("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** Runs the radar in a JVM of its own on {@code url}; returns the figures as the rest of a table row. */
    private String runRadar(String url, String database) throws Exception {
        System.out.printf("[%s] radar in a JVM of its own with -Xmx%s%n", database, heap);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Dbench.rerun=" + rerun));
        if (!childOptions.isBlank()) {
            command.addAll(List.of(childOptions.strip().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                url,
                database.equals("h2") ? "sa" : "postgres",
                folder.toString()));
        Process child = new ProcessBuilder(command)
                .inheritIO()
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(out);
        if (child.waitFor() != 0) {
            throw new IllegalStateException("The radar JVM failed");
        }
        return out.lines()
                .filter(l -> l.startsWith("RESULT "))
                .findFirst()
                .orElseThrow()
                .substring(7);
    }

    static ConfigurableApplicationContext start(String url, String database) {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (database.equals("h2") ? "sa" : "postgres"),
                        "--spring.datasource.password=",
                        "--clientela.demo=false",
                        "--server.port=0",
                        "--clientela.data-dir="
                                + Path.of("target", "bench", "data").toAbsolutePath(),
                        "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                        "--spring.jmx.enabled=false",
                        "--logging.level.org.clientela=WARN",
                        "--logging.level.org.clientela.retention.internal.radar.RetentionRadar=INFO",
                        "--logging.level.org.clientela.orders.internal.RhythmReader=DEBUG",
                        "--clientela.retention.radar.cron=-");
    }

    /** The radar's own JVM: two runs on the imported database, with the peak heap after each. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            String url = args[0];
            String database = args[1].equals("sa") ? "h2" : "postgres";
            try (ConfigurableApplicationContext app = start(url, database)) {
                RadarFixtures radar = new RadarFixtures(app);
                long start = System.nanoTime();
                RadarFixtures.Run a = radar.runNow("bench");
                double firstSeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "first run: %.1f s%n", firstSeconds);
                double secondSeconds = 0;
                RadarFixtures.Run b = a;
                if (Boolean.parseBoolean(System.getProperty("bench.rerun", "true"))) {
                    start = System.nanoTime();
                    b = radar.runNow("bench");
                    secondSeconds = (System.nanoTime() - start) / 1e9;
                }
                long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum();
                System.out.println(String.format(
                        Locale.ROOT,
                        "RESULT | **%.1f s** (%s) | %.1f s (%s, %d new signals, %d new tasks) | %,d | %,d | %,d | %,d | %d MB of %d MB |",
                        firstSeconds,
                        a.status(),
                        secondSeconds,
                        b.status(),
                        b.signalsNew(),
                        b.tasksCreated(),
                        a.customersDone(),
                        a.customersThin(),
                        a.signalsFound(),
                        a.tasksCreated(),
                        peak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20));
            }
            System.exit(0);
        }
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
}
