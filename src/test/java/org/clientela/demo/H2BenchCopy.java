package org.clientela.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Copies a kept PostgreSQL benchmark database, row for row, into an H2 file the application has
 * just created (so both hold the same schema from the same migrations), committing every
 * {@value #COMMIT_EVERY} rows with H2's {@code RETENTION_TIME=0}. It exists because the
 * all-or-nothing order import of 10 million lines is one transaction, which H2's store cannot hold
 * without its file growing by tens of gigabytes (measured: 1,000,000 small rows in one transaction
 * left a 1.7 GB file for 100 MB of data; committed every 50,000 rows with {@code RETENTION_TIME=0},
 * 277 MB). The radar and the model are then measured on H2 with exactly the data they had on
 * PostgreSQL. A table that already holds as many rows as on PostgreSQL is left as it is, so a copy
 * that was stopped can be run again to finish. Benchmark tooling only: the application never
 * copies databases.
 */
final class H2BenchCopy {

    static final int COMMIT_EVERY = 50_000;
    /**
     * H2's page cache for the copy, 2 GB: with the default, every insert into an index whose keys
     * arrive in no order (an order's amount, a search term) read its pages back from the file.
     */
    private static final int CACHE_KB = 2 * 1024 * 1024;

    private static final int H2_DEFAULT_CACHE_KB = 16 * 1024;
    private static final int BATCH = 5_000;

    private H2BenchCopy() {}

    /** Copies every table of {@code postgresUrl} (but Flyway's history) into {@code h2Url}, replacing what it held. */
    static void copy(String postgresUrl, String h2Url) throws SQLException {
        try (Connection from = DriverManager.getConnection(postgresUrl, "postgres", "");
                Connection to =
                        DriverManager.getConnection(h2Url + ";RETENTION_TIME=0;CACHE_SIZE=" + CACHE_KB, "sa", "")) {
            from.setAutoCommit(false);
            from.setReadOnly(true);
            to.setAutoCommit(false);
            execute(to, "SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables(from)) {
                long start = System.nanoTime();
                long count = count(from, table);
                if (count > 0 && count(to, table) == count) {
                    System.out.printf("[h2 copy] %s: %,d rows there already%n", table, count);
                    restartIdentity(to, table);
                    to.commit();
                    continue;
                }
                long rows = copyTable(from, to, table);
                restartIdentity(to, table);
                to.commit();
                System.out.printf("[h2 copy] %s: %,d rows in %.1f s%n", table, rows, (System.nanoTime() - start) / 1e9);
            }
            execute(to, "SET REFERENTIAL_INTEGRITY TRUE");
            // CACHE_SIZE in the URL is stored with the database: give the file back H2's default
            execute(to, "SET CACHE_SIZE " + H2_DEFAULT_CACHE_KB);
            execute(to, "ANALYZE");
            to.commit();
            from.commit();
        }
    }

    private static List<String> tables(Connection from) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = from.createStatement();
                ResultSet rs = statement.executeQuery("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                           AND table_name NOT LIKE 'flyway_schema_history%' ORDER BY table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        List<String> columns = columns(to, table);
        execute(to, "TRUNCATE TABLE " + table);
        String select = "SELECT " + String.join(", ", columns) + " FROM " + table;
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        try (Statement read = from.createStatement();
                PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery(select)) {
                while (rs.next()) {
                    for (int c = 1; c <= columns.size(); c++) {
                        write.setObject(c, rs.getObject(c));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                    if (rows % COMMIT_EVERY == 0) {
                        to.commit();
                    }
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> columns(Connection to, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = to.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position""")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException(
                    "The H2 database has no table " + table + ": start the application on it first");
        }
        return columns;
    }

    /** The next id an identity column hands out continues after the copied rows, as on PostgreSQL. */
    private static void restartIdentity(Connection to, String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (PreparedStatement statement = to.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = ? AND is_identity = 'YES'""")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    identities.add(rs.getString(1));
                }
            }
        }
        for (String column : identities) {
            long next;
            try (Statement statement = to.createStatement();
                    ResultSet rs =
                            statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            execute(to, "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
