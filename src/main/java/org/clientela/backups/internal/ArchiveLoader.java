package org.clientela.backups.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Replaces every carried table's rows with an archive's, in one transaction of the given connection:
 * tables emptied children first, filled parents first (the foreign keys as the database describes
 * them), rows inserted in batches (PostgreSQL's {@code COPY} there, with the foreign keys and
 * secondary indexes dropped meanwhile and added back once the rows are in), then every identity column's
 * counter moved past the highest id, the archive's or the one it replaced, and the other counters
 * (customer and case numbers) to where the archive's stood or, when the replaced data's stood
 * further, there: a number once given out (on a letter, an invoice, a link) is never given to
 * another record, and a counter moved outside the transaction never falls below rows a rollback
 * keeps. Whatever fails, the transaction is rolled back and the data stays as it was.
 */
final class ArchiveLoader {

    static final int BATCH = 1_000;

    private ArchiveLoader() {}

    /**
     * Checks that the archive's tables and columns are this database's (the same schema), before
     * anything is written.
     */
    static List<TableShape> matchingTables(Connection connection, Manifest manifest) throws SQLException {
        Map<String, TableShape> ours = BusinessTables.read(connection);
        Set<String> theirs =
                manifest.tables().stream().map(Manifest.Table::name).collect(Collectors.toSet());
        if (!theirs.equals(ours.keySet())) {
            Set<String> missing = new java.util.TreeSet<>(ours.keySet());
            missing.removeAll(theirs);
            Set<String> unknown = new java.util.TreeSet<>(theirs);
            unknown.removeAll(ours.keySet());
            throw new DamagedArchive(
                    "its tables are not this database's (missing " + missing + ", unknown " + unknown + ")");
        }
        return BusinessTables.parentsFirst(ours);
    }

    /** Loads {@code archive} into {@code connection}; returns the rows restored per table. */
    static Map<String, Long> load(Connection connection, ArchiveReader archive) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, Long> restored = loadInTransaction(connection, archive);
            connection.commit();
            return restored;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Loads {@code archive} into {@code connection} within the transaction the caller holds open
     * and commits or rolls back: the restore writes its audit entry and applies the later erasures
     * in that same transaction.
     */
    static Map<String, Long> loadInTransaction(Connection connection, ArchiveReader archive)
            throws SQLException, IOException {
        DatabaseKind kind = DatabaseKind.of(connection);
        List<TableShape> tables = matchingTables(connection, archive.manifest());
        // Counters are moved outside the transaction (PostgreSQL's setval, H2's RESTART): a restore
        // rolled back after moving them must leave none below the rows that stay.
        Map<String, Long> highestIds = new java.util.HashMap<>();
        for (TableShape table : tables) {
            for (TableShape.Column column : table.columns()) {
                if (column.identity()) {
                    highestIds.put(
                            table.name() + "." + column.name(), kind.highest(connection, table.name(), column.name()));
                }
            }
        }
        Map<String, Long> ourSequences = kind.sequences(connection);
        List<TableShape> childrenFirst = new ArrayList<>(tables);
        java.util.Collections.reverse(childrenFirst);
        kind.empty(connection, childrenFirst);
        Runnable addIndexesAndKeysBack = kind.dropIndexesAndForeignKeys(connection, tables);
        Map<String, Long> restored = new LinkedHashMap<>();
        for (TableShape table : tables) {
            long rows = insert(connection, table, archive);
            long expected = archive.manifest().table(table.name()).rows();
            if (rows != expected) {
                throw new DamagedArchive(table.name() + " holds " + rows + " rows, its manifest says " + expected);
            }
            restored.put(table.name(), rows);
        }
        try {
            addIndexesAndKeysBack.run();
        } catch (IllegalStateException e) {
            // A foreign key the archive's rows break: they are not a business this schema allows.
            throw new DamagedArchive("its rows break a rule of this database: " + e.getMessage());
        }
        for (TableShape table : tables) {
            for (TableShape.Column column : table.columns()) {
                if (column.identity()) {
                    kind.resetIdentity(
                            connection,
                            table.name(),
                            column.name(),
                            highestIds.get(table.name() + "." + column.name()));
                }
            }
        }
        for (Map.Entry<String, Long> sequence : archive.manifest().sequences().entrySet()) {
            if (ourSequences.containsKey(sequence.getKey())) {
                kind.restartSequence(
                        connection,
                        sequence.getKey(),
                        Math.max(sequence.getValue(), ourSequences.get(sequence.getKey())));
            }
        }
        return restored;
    }

    private static long insert(Connection connection, TableShape table, ArchiveReader archive)
            throws SQLException, IOException {
        try (ArchiveReader.TableRows rows = archive.rows(table.name())) {
            List<TableShape.Column> columns = table.columns();
            List<ArchiveReader.Column> header = rows.columns();
            if (header.size() != columns.size()) {
                throw new DamagedArchive(table.name() + " has other columns than this database's");
            }
            for (int i = 0; i < columns.size(); i++) {
                if (!header.get(i).name().equals(columns.get(i).name())
                        || header.get(i).type() != columns.get(i).type()) {
                    throw new DamagedArchive(table.name() + "." + header.get(i).name() + " is not this database's "
                            + columns.get(i).name() + " " + columns.get(i).type());
                }
            }
            if (DatabaseKind.of(connection) == DatabaseKind.POSTGRESQL) {
                return CopyRows.copy(connection, table, rows);
            }
            String sql = "INSERT INTO " + DatabaseKind.quote(table.name()) + " ("
                    + columns.stream().map(c -> DatabaseKind.quote(c.name())).collect(Collectors.joining(", "))
                    + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            long count = 0;
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int batched = 0;
                for (List<String> values = rows.next(); values != null; values = rows.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        TableShape.Column column = columns.get(i);
                        try {
                            column.type().bind(insert, i + 1, values.get(i), column.sqlType());
                        } catch (IllegalArgumentException | java.time.DateTimeException e) {
                            throw new DamagedArchive(table.name() + "." + column.name() + " holds "
                                    + "a value that is not " + column.type() + ": " + e.getMessage());
                        }
                    }
                    insert.addBatch();
                    count++;
                    if (++batched == BATCH) {
                        insert.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    insert.executeBatch();
                }
            }
            return count;
        }
    }
}
