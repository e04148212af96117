package org.clientela.backups.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What differs between the two databases when a whole business is read or written: how a
 * transaction sees one moment of every table, the order of text, the counters outside tables, how
 * tables are emptied and identity counters moved.
 */
enum DatabaseKind {
    H2,
    POSTGRESQL;

    static DatabaseKind of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.equalsIgnoreCase("H2")) {
            return H2;
        }
        if (product.equalsIgnoreCase("PostgreSQL")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("Backups know H2 and PostgreSQL, not " + product);
    }

    /**
     * Turns the connection's next transaction into a read-only view of one moment of the whole
     * database: PostgreSQL's REPEATABLE READ takes its snapshot at the first statement and keeps it
     * for every table; H2's REPEATABLE READ takes one per table when the table is first read (a write
     * committed between two tables would be half in), its SNAPSHOT one for all tables at once.
     */
    void beginSnapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        if (this == POSTGRESQL) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        } else {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        }
    }

    /** Gives the connection back as the pool lent it. */
    void endSnapshot(Connection connection) throws SQLException {
        try {
            connection.rollback();
        } finally {
            if (this == POSTGRESQL) {
                connection.setReadOnly(false);
            } else {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
            }
            connection.setAutoCommit(true);
        }
    }

    /**
     * A column to sort by: text by its code points on both databases (PostgreSQL would otherwise
     * sort by its locale's rules, and the same rows would come out in another order).
     */
    String orderBy(TableShape.Column column) {
        String quoted = quote(column.name());
        return this == POSTGRESQL && column.type() == PortableType.TEXT ? quoted + " COLLATE \"C\"" : quoted;
    }

    /** The next value of each sequence that no identity column owns (e.g. customer numbers). */
    Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> next = new TreeMap<>();
        if (this == H2) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            SELECT sequence_name, base_value FROM information_schema.sequences
                             WHERE sequence_schema = current_schema() AND sequence_name NOT LIKE 'system_sequence%'""")) {
                while (rows.next()) {
                    next.put(rows.getString(1).toLowerCase(java.util.Locale.ROOT), rows.getLong(2));
                }
            }
            return next;
        }
        Map<String, Long> increments = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT s.sequencename, s.increment_by
                          FROM pg_sequences s
                          JOIN pg_namespace n ON n.nspname = s.schemaname
                          JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
                         WHERE s.schemaname = current_schema()
                           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                            WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))""")) {
            while (rows.next()) {
                increments.put(rows.getString(1), rows.getLong(2));
            }
        }
        for (Map.Entry<String, Long> sequence : increments.entrySet()) {
            // A sequence reads as a one-row table; pg_sequences hides the value after a restart.
            try (Statement statement = connection.createStatement();
                    ResultSet row =
                            statement.executeQuery("SELECT last_value, is_called FROM " + quote(sequence.getKey()))) {
                row.next();
                long last = row.getLong(1);
                next.put(sequence.getKey(), row.getBoolean(2) ? last + sequence.getValue() : last);
            }
        }
        return next;
    }

    void restartSequence(Connection connection, String name, long next) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER SEQUENCE " + quote(name) + " RESTART WITH " + next);
        }
    }

    /** Empties {@code tables}, given children before their parents, inside the current transaction. */
    void empty(Connection connection, List<TableShape> tables) throws SQLException {
        if (tables.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (this == POSTGRESQL) {
                // One statement for all: no row-by-row delete, and transactional on PostgreSQL.
                statement.execute("TRUNCATE TABLE "
                        + String.join(
                                ", ", tables.stream().map(t -> quote(t.name())).toList()));
            } else {
                // H2's TRUNCATE commits the transaction; a restore must stay one transaction.
                for (TableShape table : tables) {
                    statement.executeUpdate("DELETE FROM " + quote(table.name()));
                }
            }
        }
    }

    /**
     * Before a restore fills {@code tables}, emptied in this transaction: on PostgreSQL drops their
     * foreign keys and their non-unique indexes, and returns what adds them back: each index built
     * once from the loaded rows and each foreign key checked in one join, instead of both kept up
     * row by row through millions of rows (as {@code pg_restore} does). The schema change is part of
     * the transaction, so a rollback brings them back as well. Primary keys and unique constraints
     * stay, checked as rows arrive. H2 would commit a schema change at once: there nothing is
     * dropped.
     */
    Runnable dropIndexesAndForeignKeys(Connection connection, List<TableShape> tables) throws SQLException {
        if (this != POSTGRESQL || tables.isEmpty()) {
            return () -> {};
        }
        String names =
                String.join(", ", tables.stream().map(t -> "'" + t.name() + "'").toList());
        List<String> addBack = new java.util.ArrayList<>();
        List<String> drop = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet keys = statement.executeQuery("""
                        SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
                          FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                         WHERE c.contype = 'f' AND t.relnamespace = CAST(current_schema() AS regnamespace)
                           AND t.relname IN (%s)
                         ORDER BY t.relname, c.conname""".formatted(names))) {
            while (keys.next()) {
                String table = quote(keys.getString(1));
                String key = "\"" + keys.getString(2).replace("\"", "\"\"") + "\"";
                drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + key);
                addBack.add("ALTER TABLE " + table + " ADD CONSTRAINT " + key + " " + keys.getString(3));
            }
        }
        List<String> indexes = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT CAST(CAST(i.indexrelid AS regclass) AS text), pg_get_indexdef(i.indexrelid)
                          FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                         WHERE NOT i.indisunique AND NOT i.indisprimary
                           AND t.relnamespace = CAST(current_schema() AS regnamespace)
                           AND t.relname IN (%s)
                         ORDER BY 1""".formatted(names))) {
            while (rows.next()) {
                drop.add("DROP INDEX " + rows.getString(1));
                indexes.add(rows.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return () -> {
            try (Statement statement = connection.createStatement()) {
                // Building an index sorts the whole table: room for that, for this transaction only.
                statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
                for (String sql : indexes) {
                    statement.execute(sql);
                }
                for (String sql : addBack) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot build the indexes and keys again: " + e.getMessage(), e);
            }
        };
    }

    /** The highest value of an identity column, 0 for an empty table. */
    long highest(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet max =
                        statement.executeQuery("SELECT COALESCE(MAX(" + quote(column) + "), 0) FROM " + quote(table))) {
            max.next();
            return max.getLong(1);
        }
    }

    /** Moves an identity column's counter past the highest value the table holds, and past {@code atLeast}. */
    void resetIdentity(Connection connection, String table, String column, long atLeast) throws SQLException {
        long next = Math.max(highest(connection, table, column), atLeast) + 1;
        if (this == POSTGRESQL) {
            try (PreparedStatement setval =
                    connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)")) {
                setval.setString(1, quote(table));
                setval.setString(2, column);
                setval.setLong(3, next);
                setval.execute();
            }
        } else {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " RESTART WITH " + next);
            }
        }
    }

    /** A table or column name as the database described it, quoted; anything but plain names is refused. */
    static String quote(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain name: " + name);
        }
        return "\"" + name + "\"";
    }
}
