package org.clientela.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.clientela.platform.bulk.BatchWriter;
import org.clientela.platform.bulk.CopyText;
import org.clientela.platform.bulk.CopyWriter;
import org.clientela.platform.bulk.DeferredSchema;
import org.clientela.platform.bulk.IdReservation;
import org.clientela.platform.bulk.TableStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many rows into one table inside the current transaction, as fast as the database
 * allows: PostgreSQL's {@code COPY} (several times a batched {@code INSERT}), a JDBC batch
 * elsewhere. The rows land exactly as with {@code INSERT}: same columns, same defaults,
 * same constraints, same rollback.
 *
 * <p>The one door other modules use; it chooses by database and leaves the work to the parts in
 * {@code platform.bulk}: {@link CopyWriter} and {@link CopyText}, {@link BatchWriter},
 * {@link IdReservation}, {@link DeferredSchema} and {@link TableStatistics}.
 */
@Component
public class BulkInsert {

    private final DatabaseKind database;
    private final CopyWriter copy;
    private final BatchWriter batch;
    private final IdReservation ids;
    private final DeferredSchema schema;
    private final TableStatistics statistics;

    BulkInsert(DataSource dataSource, JdbcTemplate template, DatabaseKind database) {
        this.database = database;
        this.copy = new CopyWriter(dataSource, template);
        this.batch = new BatchWriter(template);
        this.ids = new IdReservation(template);
        this.schema = new DeferredSchema(template);
        this.statistics = new TableStatistics(template);
    }

    /**
     * Inserts {@code rows} (values in the order of {@code columns}) into {@code table}. Values may
     * be null, strings, numbers, booleans, {@link java.sql.Date}, {@link LocalDate} or {@link Timestamp}.
     */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (!rows.isEmpty() && !copy.copied(table, columns, rows)) {
            batch.insert(table, columns, rows);
        }
    }

    /**
     * Makes rows ready for {@link #insert(String, List, Prepared)}: on PostgreSQL, the text of their
     * {@code COPY}. The preparer only computes, so it may run on a thread of its own while the
     * transaction's thread writes the rows prepared before: a bulk write that keeps the database busy
     * instead of waiting for it. Asked for on the transaction's thread (it looks at its connection).
     */
    public Function<List<Object[]>, Prepared> preparer() {
        return isPostgres()
                ? rows -> new Prepared(null, CopyText.of(rows), rows.size())
                : rows -> new Prepared(rows, null, rows.size());
    }

    /** Inserts rows made ready by a {@link #preparer()}, exactly as {@link #insert(String, List, List)} would. */
    public void insert(String table, List<String> columns, Prepared rows) {
        if (rows.rows != null) {
            insert(table, columns, rows.rows);
        } else if (rows.size() > 0) {
            copy.copied(table, columns, rows.csv);
        }
    }

    /** Rows ready to insert: COPY's CSV text for PostgreSQL, the rows themselves elsewhere. */
    public static final class Prepared {
        private final List<Object[]> rows;
        private final CopyText csv;
        private final int size;

        private Prepared(List<Object[]> rows, CopyText csv, int size) {
            this.rows = rows;
            this.csv = csv;
            this.size = size;
        }

        /** How many rows. */
        public int size() {
            return size;
        }
    }

    /**
     * Inserts {@code rows} as {@link #insert} does, into a table whose {@code id} column is an
     * identity, and returns the ids the rows were given, in the order of the rows. On PostgreSQL the
     * ids are taken from the identity's sequence in one round trip and written with the rows, so the
     * caller need not look them up again; elsewhere a JDBC batch hands back the generated keys.
     */
    public long[] insertReturningIds(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new long[0];
        }
        if (!isPostgres()) {
            return batch.insertReturningIds(table, columns, rows);
        }
        long[] taken = ids.take(table, rows.size());
        insert(table, IdReservation.withIdColumn(columns), IdReservation.withIds(taken, rows));
        return taken;
    }

    /**
     * Ids for {@code count} new rows of {@code table}, whose {@code id} column is an identity, taken
     * from its sequence in one round trip, for the caller to write the rows with; {@code null} where
     * the database hands ids out only as it inserts (H2). Ids taken and not used are gaps, as after a
     * rollback.
     */
    public long[] idsAhead(String table, int count) {
        return isPostgres() ? ids.take(table, count) : null;
    }

    /**
     * Drops, for the rest of the current transaction, the non-unique indexes of {@code table}, to
     * build them again in one go by {@link DeferredIndexes#restore()}: for a first load of millions
     * of rows (the rules are at {@link DeferredSchema#dropIndexes}). Elsewhere than PostgreSQL (H2
     * would commit the schema change at once) it does nothing.
     */
    public DeferredIndexes deferIndexes(String table) {
        return isPostgres() ? new DeferredIndexes(true, schema.dropIndexes(table)) : DeferredIndexes.NONE;
    }

    /**
     * Drops, for the rest of the current transaction, the primary key and unique constraints of
     * {@code table}, to add them again, checked, by {@link DeferredIndexes#restore()}: only for a
     * table this transaction holds locked ({@link DeferredIndexes#tableLocked()}) and reads no row
     * of by key before the restore (the rules are at {@link DeferredSchema#dropKeys}). Elsewhere
     * than PostgreSQL it does nothing.
     */
    public DeferredIndexes deferKeys(String table) {
        return isPostgres() ? new DeferredIndexes(true, schema.dropKeys(table)) : DeferredIndexes.NONE;
    }

    /**
     * Drops, for the rest of the current transaction, the foreign keys of {@code table}, to add them
     * again, checked in one pass, by {@link DeferredIndexes#restore()}: for a first load into a table
     * this transaction holds locked, whose rows refer to rows the load writes too (the rules are at
     * {@link DeferredSchema#dropForeignKeys}). Elsewhere than PostgreSQL it does nothing.
     */
    public DeferredIndexes deferForeignKeys(String table) {
        return isPostgres() ? new DeferredIndexes(true, schema.dropForeignKeys(table)) : DeferredIndexes.NONE;
    }

    /** What {@link #deferIndexes} dropped, to be built again before the transaction commits. */
    public static final class DeferredIndexes {

        /** Nothing was dropped. */
        public static final DeferredIndexes NONE = new DeferredIndexes(false, () -> {});

        private final boolean tableLocked;
        private final Runnable restore;

        private DeferredIndexes(boolean tableLocked, Runnable restore) {
            this.tableLocked = tableLocked;
            this.restore = restore;
        }

        /**
         * Whether the current transaction holds the table exclusively until it ends (PostgreSQL:
         * dropping an index locks its table so), so that no other transaction writes a row into it
         * meanwhile.
         */
        public boolean tableLocked() {
            return tableLocked;
        }

        /** Builds the dropped indexes again (and adds dropped keys back, checking them). */
        public void restore() {
            restore.run();
        }
    }

    /**
     * For the rest of the current transaction, look rows up by their indexes. A bulk write grows
     * its tables inside one transaction, where PostgreSQL's statistics still describe the tables
     * as they were before (often empty), and the planner would otherwise scan whole tables for
     * every chunk's key lookups, getting slower with every chunk.
     */
    public void preferIndexesInThisTransaction() {
        if (isPostgres()) {
            statistics.preferIndexesInThisTransaction();
        }
    }

    /**
     * Ends {@link #preferIndexesInThisTransaction()}: for a query over the whole of what the bulk
     * write wrote (a scan then beats walking an index).
     */
    public void planFreelyInThisTransaction() {
        if (isPostgres()) {
            statistics.planFreelyInThisTransaction();
        }
    }

    /**
     * Refreshes the planner's statistics of {@code tables} after a bulk write has committed. Inside
     * a surrounding transaction it does nothing: statistics are for committed data.
     */
    public void refreshStatistics(String... tables) {
        statistics.refresh(isPostgres(), tables);
    }

    /**
     * Whether a large write should be committed in parts (and kept invisible by the caller until
     * the last): on H2, which keeps every page an open transaction has changed, so that one
     * transaction of millions of rows grows its file to many times the data. PostgreSQL writes
     * such a transaction at the size of its data.
     */
    public boolean writesInParts() {
        return !isPostgres();
    }

    private boolean isPostgres() {
        return database.isPostgres();
    }

    /** COPY's CSV as bytes, under the name its tests know. */
    static final class CsvBytes extends CopyText {
        CsvBytes(int capacity) {
            super(capacity);
        }
    }

    /** One field of COPY's CSV: an unquoted empty field is NULL, every text is quoted. */
    static void appendValue(CopyText csv, Object value) {
        csv.value(value);
    }
}
