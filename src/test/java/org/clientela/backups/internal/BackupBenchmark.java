package org.clientela.backups.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import org.clientela.ClientelaApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Backup and restore of a large business, outside the test suite:
 * {@code ./mvnw -B -o test -Dtest=BackupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.db=h2 -Dbench.customers=100000 -Dbench.lines=1000000} (or {@code -Dbench.db=postgres}).
 * Fills a new database by SQL (customers, two orders each, the lines spread over the orders), then
 * times a backup into an archive and a restore of that archive over the same data (emptying and
 * refilling every table, in one transaction), and checks the restored data backs up to the same
 * checksums.
 *
 * <p>{@code -Dbench.keep=true} keeps the filled database (PostgreSQL: {@code clientela_backupbench_<customers>};
 * H2: {@code target/bench/backups-h2/db}) and a later run with {@code -Dbench.keep=true} reuses it when it
 * holds the asked number of order lines, so a large business is filled once while one iterates; run
 * without it at the end to drop it.
 */
class BackupBenchmark {

    final String db = System.getProperty("bench.db", "h2");
    final long customers = Long.getLong("bench.customers", 100_000);
    final long lines = Long.getLong("bench.lines", 1_000_000);
    final String postgresServer = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    final boolean keep = Boolean.getBoolean("bench.keep");

    @Test
    void backUpAndRestore() throws Exception {
        Path folder = Path.of("target/bench/backups-" + db);
        if (!keep) {
            deleteFolder(folder);
        }
        Files.createDirectories(folder);
        String name = "clientela_backupbench_" + customers;
        Connection connection = db.equals("postgres") ? postgres(name) : h2(folder);
        try {
            long start = System.nanoTime();
            double filled = 0;
            if (!filledAlready(connection)) {
                SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
                ScratchDatabase scratch = new ScratchDatabase(
                        ApplicationModuleIdentifiers.of(ApplicationModules.of(ClientelaApplication.class)),
                        new StaticListableBeanFactory().getBeanProvider(Flyway.class));
                scratch.migrate(dataSource);
                start = System.nanoTime();
                fill(connection);
                filled = seconds(start);
            }

            Path archive = folder.resolve("archive.zip");
            start = System.nanoTime();
            Manifest manifest = backUp(connection, archive);
            double backup = seconds(start);

            start = System.nanoTime();
            Map<String, Long> restored;
            try (ArchiveReader reader = ArchiveReader.open(archive)) {
                restored = ArchiveLoader.load(connection, reader);
            }
            double restore = seconds(start);

            Manifest again = backUp(connection, folder.resolve("again.zip"));
            assertThat(again.tables()).isEqualTo(manifest.tables());
            assertThat(restored.get("order_line")).isEqualTo(lines);
            String report =
                    "%s: %,d customers, %,d order lines (%,d rows in all, archive %,d MB): filled in %.1f s, backup %.1f s, restore %.1f s (same checksums after)"
                            .formatted(
                                    db,
                                    customers,
                                    lines,
                                    manifest.totalRows(),
                                    Files.size(archive) >> 20,
                                    filled,
                                    backup,
                                    restore);
            System.out.println(report);
            Files.writeString(folder.resolve("report.txt"), report + "\n");
        } finally {
            connection.close();
            if (keep) {
                return;
            }
            if (db.equals("postgres")) {
                try (Connection admin = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                        Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
            deleteFolder(folder.resolve("db"));
        }
    }

    private Manifest backUp(Connection connection, Path archive) throws Exception {
        DatabaseKind kind = DatabaseKind.of(connection);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(archive), 1 << 16)) {
            kind.beginSnapshot(connection);
            try {
                long[] last = {System.nanoTime()};
                StringBuilder slow = new StringBuilder();
                Manifest manifest = ArchiveWriter.write(connection, "bench", Instant.now(), out, (table, rows) -> {
                    double took = seconds(last[0]);
                    last[0] = System.nanoTime();
                    if (took >= 1) {
                        slow.append(" %s %,d rows %.1f s;".formatted(table, rows, took));
                    }
                });
                System.out.println("backup, tables over a second:" + slow);
                return manifest;
            } finally {
                kind.endSnapshot(connection);
            }
        }
    }

    /** Whether a kept database already holds the business asked for. */
    private boolean filledAlready(Connection connection) throws Exception {
        if (!keep) {
            return false;
        }
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM order_line")) {
            return rows.next() && rows.getLong(1) == lines;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private void fill(Connection connection) throws Exception {
        String range = "generate_series(1, %d) AS r(x)";
        long orders = customers * 2;
        long perOrder = Math.max(1, lines / orders);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(("""
                    INSERT INTO customer (id, customer_number, kind, name, email, phone, city, lifecycle_status,
                                          sort_name, created_at, updated_at)
                    SELECT x, 'C-' || x, 'PERSON', 'Cliente ' || x || ' Núñez', 'c' || x || '@example.es',
                           '+34 600 ' || x, 'Las Palmas', 'CUSTOMER', 'cliente ' || x,
                           TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00'
                      FROM\s""" + range).formatted(customers));
            connection.commit();
            statement.executeUpdate(("""
                    INSERT INTO sales_order (id, order_number, customer_id, order_date, currency, total_amount,
                                             line_count, created_at)
                    SELECT x, 'O-' || x, ((x - 1) / 2) + 1, DATE '2024-01-01' + CAST(MOD(x, 700) AS INTEGER), 'EUR',
                           CAST(x AS NUMERIC(14, 2)) / 100, %d, TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00'
                      FROM\s""" + range).formatted(perOrder, orders));
            connection.commit();
            statement.executeUpdate(("""
                    INSERT INTO order_line (order_id, line_number, description, quantity, amount)
                    SELECT ((x - 1) / %d) + 1, MOD(x - 1, %d) + 1, 'Artículo ' || MOD(x, 997), 1.5,
                           CAST(MOD(x, 10000) AS NUMERIC(14, 2)) / 100
                      FROM\s""" + range).formatted(perOrder, perOrder, orders * perOrder));
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Connection h2(Path folder) throws Exception {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + folder.toAbsolutePath().resolve("db/bench")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "");
    }

    private Connection postgres(String name) throws Exception {
        try (Connection admin = DriverManager.getConnection(postgresServer + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (exists && !keep) {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
            if (!exists || !keep) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
        return DriverManager.getConnection(postgresServer + name + "?reWriteBatchedInserts=true", "postgres", "");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteFolder(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
