package org.clientela.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.clientela.ClientelaApplication;
import org.clientela.customers.CustomerImporter;
import org.clientela.platform.ImportProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A kill -9 of the application in the middle of an order import into the embedded H2 database,
 * written in committed parts of one order each ({@code clientela.import.part-orders=1}) so that
 * every phase lasts long enough to be caught. The application runs as a process of its own on a
 * file database; this test reads the import's progress row through H2's automatic server, kills
 * the process with SIGKILL once the import has reached a phase, starts it again on the same file
 * and looks at what is left: before the switch nothing of the file, during the switch all of it,
 * never the staging rows; the job itself is marked interrupted as the application starts. (H2
 * writes commits to its file up to half a second late and a killed process loses them: the
 * import makes its point of no return durable with a CHECKPOINT before it reports SWITCHING.)
 */
class ImportCrashTests {

    private static final int ORDERS = 30_000;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    /** The application process of the moment, killed whatever happens to the test. */
    private Process current;

    @AfterEach
    void killTheLastOne() throws InterruptedException {
        if (current != null) {
            kill(current);
        }
    }

    @Test
    void aKillAtAnyMomentLeavesTheImportWholeOrNotAtAll() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + "/clientela;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        Path orders = folder.resolve("orders.csv");
        StringBuilder csv = new StringBuilder("customer_number,order_number,order_date,sku,category,quantity,amount\n");
        for (int i = 1; i <= ORDERS; i++) {
            for (int line = 1; line <= 2; line++) {
                csv.append("C-")
                        .append(i % 20)
                        .append(",K-")
                        .append(i)
                        .append(",2025-03-0")
                        .append(1 + i % 9)
                        .append(",SKU-")
                        .append(line)
                        .append(",Cat,1,9.50\n");
            }
        }
        Files.writeString(orders, csv);
        long lines = 2L * ORDERS;

        // 1. early in the writing of the parts
        Process app = start(url, "customers+orders", orders);
        long job = waitFor(url, "WRITING", written -> written > 10 && written < lines / 2);
        kill(app);
        app = start(url, "-", null);
        assertNothingOfTheFile(url);
        assertJob(url, job, "INTERRUPTED");

        // 2. at the end of the writing, just before the switch: every part staged, none switched in
        // (the process that has just started after the last kill imports the file again)
        importOrders(app, orders);
        job = waitFor(url, "WRITING", written -> written >= lines * 3 / 4);
        kill(app);
        app = start(url, "-", null);
        assertNothingOfTheFile(url);
        assertJob(url, job, "INTERRUPTED");

        // 3. in the middle of the switch: the file is good, so the switch is finished at the start
        importOrders(app, orders);
        job = waitFor(url, "SWITCHING", written -> written > 10 && written < lines / 2);
        assertThat(count(url, "SELECT COUNT(*) FROM sales_order"))
                .as("partly switched in when killed")
                .isBetween(1L, ORDERS - 1L);
        kill(app);
        app = start(url, "-", null);
        assertThat(count(url, "SELECT COUNT(*) FROM sales_order"))
                .as("the switch finished at the start")
                .isEqualTo(ORDERS);
        assertThat(count(url, "SELECT COUNT(*) FROM order_line")).isEqualTo(lines);
        assertNoStaging(url);
        assertJob(url, job, "INTERRUPTED");
        kill(app);
    }

    private Process start(String url, String what, Path file) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                url,
                folder.toString(),
                what,
                file == null ? "-" : file.toString()));
        Path log = folder.resolve("child-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        current = process;
        // started (its start-up has marked the jobs it found): from now on this test reads the
        // database through the process, which holds the file; never while no process does
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("The application stopped: " + Files.readString(log));
                    }
                    return Files.readString(log).contains("CRASH-TEST-STARTED");
                });
        return process;
    }

    /**
     * Has a started application import {@code file}, as the order page would: the same import as
     * in a process started to import it, for one start of the application fewer.
     */
    private static void importOrders(Process app, Path file) throws IOException {
        app.outputWriter(StandardCharsets.UTF_8)
                .append(file.toString())
                .append('\n')
                .flush();
    }

    private static void kill(Process app) throws InterruptedException {
        app.destroyForcibly();
        app.waitFor();
    }

    /** Waits until the newest job is in {@code phase} with rows written that {@code written} accepts; its id. */
    private static long waitFor(String url, String phase, Predicate<Long> written) {
        long[] job = new long[1];
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .ignoreExceptions()
                .until(() -> {
                    try (Connection c = DriverManager.getConnection(url, "sa", "");
                            Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT id, phase, rows_written FROM import_job"
                                    + " WHERE kind = 'ORDERS' ORDER BY id DESC LIMIT 1")) {
                        if (rs.next() && phase.equals(rs.getString(2)) && written.test(rs.getLong(3))) {
                            job[0] = rs.getLong(1);
                            return true;
                        }
                        return false;
                    }
                });
        return job[0];
    }

    private static void assertNothingOfTheFile(String url) throws SQLException {
        assertThat(count(url, "SELECT COUNT(*) FROM sales_order WHERE order_number LIKE 'K-%'"))
                .isZero();
        assertThat(count(url, "SELECT COUNT(*) FROM order_line")).isZero();
        assertNoStaging(url);
    }

    private static void assertNoStaging(String url) throws SQLException {
        assertThat(count(url, "SELECT COUNT(*) FROM order_import_order")).isZero();
        assertThat(count(url, "SELECT COUNT(*) FROM order_import_line")).isZero();
        assertThat(count(url, "SELECT COUNT(*) FROM order_import")).isZero();
    }

    private static void assertJob(String url, long job, String status) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status FROM import_job WHERE id = " + job)) {
            rs.next();
            assertThat(rs.getString(1))
                    .as("job %d at once after the start", job)
                    .isEqualTo(status);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The application, in a process of its own: imports what it is told and waits to be killed. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            String url = args[0];
            ConfigurableApplicationContext app = new SpringApplicationBuilder(ClientelaApplication.class)
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=sa",
                            "--spring.datasource.password=",
                            "--clientela.demo=false",
                            "--server.port=0",
                            "--clientela.data-dir=" + Path.of(args[1], "data"),
                            "--CLIENTELA_ADMIN_PASSWORD=crash-test-only",
                            "--spring.jmx.enabled=false",
                            "--clientela.import.parts-min-rows=0",
                            "--clientela.import.part-orders=1",
                            "--logging.level.root=WARN");
            if (args[2].startsWith("customers")) {
                StringBuilder customers = new StringBuilder("customer_number,name,kind,email,phone\n");
                for (int i = 0; i < 20; i++) {
                    customers
                            .append("C-")
                            .append(i)
                            .append(",Cliente ")
                            .append(i)
                            .append(",PERSON,,\n");
                }
                Path file = Files.createTempFile(Path.of(args[1]), "customers", ".csv");
                Files.writeString(file, customers);
                app.getBean(CustomerImporter.class).importCsv(file, ImportProgress.NONE);
            }
            System.out.println("CRASH-TEST-STARTED");
            if (args[2].contains("orders")) {
                importOrders(app, Path.of(args[3]));
            }
            // Then each line the test writes names an order file to import, until it kills the process.
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = commands.readLine(); line != null; line = commands.readLine()) {
                importOrders(app, Path.of(line));
            }
            Thread.currentThread().join();
        }

        private static void importOrders(ConfigurableApplicationContext app, Path file) throws IOException {
            app.getBean(ImportJobs.class)
                    .start(
                            ImportKind.ORDERS,
                            "orders.csv",
                            new ByteArrayInputStream(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
