package org.clientela.demo;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerImporter;
import org.clientela.orders.OrderImporter;
import org.clientela.platform.ImportProgress;
import org.clientela.platform.ImportResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The order import alone, run several times on the same customers: the customers are imported once
 * into a base database, each run starts from a copy of it, imports the orders and then the same
 * file again (which must change nothing). Besides wall time it prints the CPU time the JVM and the
 * database backends spent, which stays meaningful when other builds share the machine, and the
 * WAL the import wrote. Each measured import starts after a {@code CHECKPOINT}, so that no
 * checkpoint set off by the preparations (copying the base database) falls into it.
 *
 * <pre>./mvnw -Pbench verify -Dtest=OrderImportBenchmark -Dbench.customers=100000 -Dbench.lines=1000000 -Dbench.db=postgres -Dbench.runs=2</pre>
 *
 * The base database ({@code clientela_orderbench_<customers>}) is dropped at the end unless
 * {@code -Dbench.keep=true}; {@code -Dbench.jfr=true} records a flight recording of the last run's first import (the JIT warm from the runs before)
 * under {@code target/bench/}. Each run waits for the JIT compiler to finish what the application's start
 * gave it before it measures ({@code -Dbench.settle=false} does not).
 */
class OrderImportBenchmark {

    final long customers = Long.getLong("bench.customers", 10_000);
    final long lines = Long.getLong("bench.lines", 100_000);
    final String databases = System.getProperty("bench.db", "postgres");
    final int runs = Integer.getInteger("bench.runs", 2);
    final long seed = Long.getLong("bench.seed", 42);
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final Path folder =
            Path.of("target", "bench", "orders-" + customers + "-" + lines).toAbsolutePath();
    final boolean settle = !"false".equals(System.getProperty("bench.settle"));
    /** The H2 file of the run, and the largest it has been, sampled every 100 ms. */
    volatile Path h2File;

    volatile long h2Peak;

    @Test
    void importsTheOrdersOfALargeBusiness() throws Exception {
        Path customersCsv = folder.resolve("customers.csv");
        Path ordersCsv = folder.resolve("orders.csv");
        long fileLines;
        if (!Files.exists(ordersCsv)) {
            Files.createDirectories(folder);
            LocalDate today = LocalDate.now();
            double natural = DemoFiles.linesPerCustomer(new DemoBusiness(seed, today), 2_000);
            DemoBusiness business = new DemoBusiness(seed, today, Math.max(1, natural / ((double) lines / customers)));
            fileLines = DemoFiles.write(business, customers, customersCsv, ordersCsv)
                    .lines();
        } else {
            try (var stream = Files.lines(ordersCsv)) {
                fileLines = stream.count() - 1;
            }
        }
        for (String database : databases.split(",")) {
            switch (database.strip()) {
                case "postgres" -> postgres(customersCsv, ordersCsv, fileLines);
                case "h2" -> h2(customersCsv, ordersCsv, fileLines);
                default -> throw new IllegalArgumentException(database);
            }
        }
    }

    private void postgres(Path customersCsv, Path ordersCsv, long fileLines) throws Exception {
        String base = "clientela_orderbench_" + customers;
        if (!exists(base)) {
            sql("CREATE DATABASE " + base);
            try (ConfigurableApplicationContext app = start(postgresServer + base, "postgres")) {
                app.getBean(CustomerImporter.class).importCsv(customersCsv, ImportProgress.NONE);
            }
        }
        try {
            for (int run = 1; run <= runs; run++) {
                String name = base + "_run";
                sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                // FILE_COPY: the default strategy (WAL_LOG) writes the whole copy into the WAL, whose
                // checkpoint would then fall into the measured import
                sql("CREATE DATABASE " + name + " TEMPLATE " + base + " STRATEGY FILE_COPY");
                try (ConfigurableApplicationContext app = start(postgresServer + name, "postgres")) {
                    measure("postgres", run, app, ordersCsv, fileLines, new Backends(name));
                } finally {
                    sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                sql("DROP DATABASE IF EXISTS " + base + " WITH (FORCE)");
            }
        }
    }

    private void h2(Path customersCsv, Path ordersCsv, long fileLines) throws Exception {
        Path dir = folder.resolve("h2");
        Path baseFile = dir.resolve("base.mv.db");
        String options = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + System.getProperty("bench.h2.options", "");
        if (!Files.exists(baseFile)) {
            Files.createDirectories(dir);
            try (ConfigurableApplicationContext app = start("jdbc:h2:file:" + dir.resolve("base") + options, "sa")) {
                app.getBean(CustomerImporter.class).importCsv(customersCsv, ImportProgress.NONE);
            }
        }
        for (int run = 1; run <= runs; run++) {
            Path runFile = dir.resolve("run.mv.db");
            Files.copy(baseFile, runFile, StandardCopyOption.REPLACE_EXISTING);
            h2File = runFile;
            Thread sampler = new Thread(
                    () -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            try {
                                h2Peak = Math.max(h2Peak, Files.size(runFile));
                                Thread.sleep(100);
                            } catch (InterruptedException e) {
                                return;
                            } catch (java.io.IOException e) {
                                // the file is being replaced
                            }
                        }
                    },
                    "h2-file-size");
            sampler.setDaemon(true);
            try (ConfigurableApplicationContext app = start("jdbc:h2:file:" + dir.resolve("run") + options, "sa")) {
                // measured once H2 has opened the copy: it gives back the free space at the file's end then
                h2Peak = Files.size(runFile);
                long before = h2Peak;
                sampler.start();
                measure("h2", run, app, ordersCsv, fileLines, null);
                sampler.interrupt();
                sampler.join();
                long closedAt = Files.size(runFile);
                app.close();
                long closed = Files.size(runFile);
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                                "jdbc:h2:file:" + dir.resolve("run") + options, "sa", "");
                        java.sql.Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                long compacted = Files.size(runFile);
                System.out.println(String.format(
                        Locale.ROOT,
                        "BENCH h2 run %d file: customers only %,d MB; peak during"
                                + " import and re-import %,d MB; after them %,d MB (after closing %,d MB); after SHUTDOWN COMPACT"
                                + " %,d MB: peak %.2f x compacted",
                        run,
                        before >> 20,
                        h2Peak >> 20,
                        closedAt >> 20,
                        closed >> 20,
                        compacted >> 20,
                        (double) h2Peak / compacted));
            } finally {
                sampler.interrupt();
                Files.deleteIfExists(runFile);
            }
        }
        if (!Boolean.getBoolean("bench.keep")) {
            Files.deleteIfExists(baseFile);
        }
    }

    /** The PostgreSQL server's side of the runs on one database: its backends' CPU time and the WAL written. */
    final class Backends {
        final String database;

        Backends(String database) {
            this.database = database;
        }

        long cpuNanos() throws Exception {
            return backendCpu(database);
        }

        /** A checkpoint now, so that none started by what came before falls into the measurement. */
        void checkpoint() throws SQLException {
            sql("CHECKPOINT");
        }

        long walBytes() throws SQLException {
            try (Connection c = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void measure(
            String database,
            int run,
            ConfigurableApplicationContext app,
            Path ordersCsv,
            long fileLines,
            Backends backend)
            throws Exception {
        OrderImporter importer = app.getBean(OrderImporter.class);
        if (settle) {
            compilerIdle();
        }
        var jfr = Boolean.getBoolean("bench.jfr") && run == runs
                ? new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))
                : null;
        if (jfr != null) {
            jfr.enable("jdk.ThreadCPULoad").withPeriod(java.time.Duration.ofSeconds(1));
            jfr.setDestination(folder.resolve("order-import-" + database + ".jfr"));
            jfr.start();
        }
        String first = timed(database, run, "import", importer, ordersCsv, fileLines, backend);
        if (jfr != null) {
            jfr.stop();
            jfr.close();
        }
        String again = timed(database, run, "re-import", importer, ordersCsv, fileLines, backend);
        System.out.println("BENCH " + first);
        System.out.println("BENCH " + again);
    }

    /**
     * Waits until the JIT compiler has done nothing for half a second (a minute at most). Each run
     * starts the application afresh, and the compilations its start queued would otherwise fall into
     * the measured import and take one of the two cores from it (a flight recording showed the C2
     * compiler using more CPU than any import thread in such a run); a server that has been up for a
     * while has none queued. {@code -Dbench.settle=false} measures straight after the start.
     */
    private static void compilerIdle() throws InterruptedException {
        var compiler = ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + 60_000_000_000L;
        long before = compiler.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            long now = compiler.getTotalCompilationTime();
            if (now == before) {
                return;
            }
            before = now;
        }
    }

    private String timed(
            String database,
            int run,
            String what,
            OrderImporter importer,
            Path ordersCsv,
            long fileLines,
            Backends backend)
            throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        if (backend != null) {
            backend.checkpoint();
        }
        long jvm = os.getProcessCpuTime();
        long db = backend == null ? 0 : backend.cpuNanos();
        long wal = backend == null ? 0 : backend.walBytes();
        long start = System.nanoTime();
        ImportResult result = importer.importCsv(ordersCsv, ImportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (database.equals("h2")) {
            System.out.println(String.format(
                    Locale.ROOT,
                    "BENCH h2 run %d %s: file %,d MB, peak so far %,d MB",
                    run,
                    what,
                    Files.size(h2File) >> 20,
                    h2Peak >> 20));
        }
        double jvmSeconds = (os.getProcessCpuTime() - jvm) / 1e9;
        double dbSeconds = backend == null ? 0 : (backend.cpuNanos() - db) / 1e9;
        long walMb = backend == null ? 0 : (backend.walBytes() - wal) >> 20;
        return String.format(
                Locale.ROOT,
                "%s run %d %s: %,d lines in %.1f s = %,.0f lines/s; CPU: JVM %.1f s, database backends %.1f s; WAL %,d MB; load %.1f; %s",
                database,
                run,
                what,
                fileLines,
                seconds,
                fileLines / seconds,
                jvmSeconds,
                dbSeconds,
                walMb,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                result);
    }

    private final Map<Integer, Long> seen = new HashMap<>();

    /** CPU time of every backend ever seen connected to {@code database} (100 ticks a second). */
    private long backendCpu(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = '" + database + "'")) {
            while (rs.next()) {
                int pid = rs.getInt(1);
                try {
                    String[] stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))
                            .split("\\) ")[1]
                            .split(" ");
                    seen.put(pid, (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10_000_000L);
                } catch (java.io.IOException gone) {
                    // ended between the query and the read; its last reading stays
                }
            }
        }
        return seen.values().stream().mapToLong(Long::longValue).sum();
    }

    private ConfigurableApplicationContext start(String url, String user) {
        return new SpringApplicationBuilder(ClientelaApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=",
                        "--clientela.demo=false",
                        "--server.port=0",
                        "--clientela.data-dir=" + folder.resolve("data"),
                        "--CLIENTELA_ADMIN_PASSWORD=bench-only",
                        "--spring.jmx.enabled=false",
                        "--logging.level.org.clientela=INFO",
                        "--logging.level.root=WARN");
    }

    private boolean exists(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return rs.next();
        }
    }

    private void sql(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
