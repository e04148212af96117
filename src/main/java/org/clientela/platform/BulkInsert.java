package org.clientela.platform;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many rows into one table inside the current transaction, as fast as the database
 * allows: PostgreSQL's {@code COPY} (several times a batched {@code INSERT}), a JDBC batch
 * elsewhere. The rows land exactly as with {@code INSERT}: same columns, same defaults,
 * same constraints, same rollback.
 */
@Component
public class BulkInsert {

    /** Bytes of COPY data written before they are sent. */
    static final int COPY_PIECE = 64 * 1024;

    private final DataSource dataSource;
    private final JdbcTemplate template;
    /** The identity sequence of each table, by table name: schema, the same for every instance. */
    private final Map<String, String> sequences = new ConcurrentHashMap<>();

    BulkInsert(DataSource dataSource, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.template = template;
    }

    /**
     * Inserts {@code rows} (values in the order of {@code columns}) into {@code table}. Values may
     * be null, strings, numbers, booleans, {@link java.sql.Date}, {@link LocalDate} or {@link Timestamp}.
     */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, rows);
                return;
            }
        } catch (SQLException e) {
            throw translated(table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        template.batchUpdate(insertSql(table, columns), rows);
    }

    /**
     * Makes rows ready for {@link #insert(String, List, Prepared)}: on PostgreSQL, the text of their
     * {@code COPY}. The preparer only computes, so it may run on a thread of its own while the
     * transaction's thread writes the rows prepared before: a bulk write that keeps the database busy
     * instead of waiting for it. Asked for on the transaction's thread (it looks at its connection).
     */
    public Function<List<Object[]>, Prepared> preparer() {
        return isPostgres() ? Prepared::copyText : Prepared::new;
    }

    /** Inserts rows made ready by a {@link #preparer()}, exactly as {@link #insert(String, List, List)} would. */
    public void insert(String table, List<String> columns, Prepared rows) {
        if (rows.size() == 0) {
            return;
        }
        if (rows.rows != null) {
            insert(table, columns, rows.rows);
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copy(connection.unwrap(PGConnection.class), table, columns, rows.csv);
        } catch (SQLException e) {
            throw translated(table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Rows ready to insert: COPY's CSV text for PostgreSQL, the rows themselves elsewhere. */
    public static final class Prepared {
        private final List<Object[]> rows;
        private final CsvBytes csv;
        private final int size;

        private Prepared(List<Object[]> rows) {
            this.rows = rows;
            this.csv = null;
            this.size = rows.size();
        }

        private Prepared(CsvBytes csv, int size) {
            this.rows = null;
            this.csv = csv;
            this.size = size;
        }

        private static Prepared copyText(List<Object[]> rows) {
            CsvBytes csv = new CsvBytes(rows.size() * 64);
            for (Object[] row : rows) {
                appendRow(csv, row);
            }
            return new Prepared(csv, rows.size());
        }

        /** How many rows. */
        public int size() {
            return size;
        }
    }

    private DataAccessException translated(String table, SQLException e) {
        DataAccessException translated = template.getExceptionTranslator().translate("COPY into " + table, null, e);
        return translated != null ? translated : new DataAccessResourceFailureException("COPY into " + table, e);
    }

    private static String insertSql(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
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
            return batchReturningIds(table, columns, rows);
        }
        long[] result = idsAhead(table, rows.size());
        List<Object[]> withIds = new ArrayList<>(rows.size());
        for (int i = 0; i < result.length; i++) {
            Object[] row = rows.get(i);
            Object[] withId = new Object[row.length + 1];
            withId[0] = result[i];
            System.arraycopy(row, 0, withId, 1, row.length);
            withIds.add(withId);
        }
        List<String> allColumns = new ArrayList<>(columns.size() + 1);
        allColumns.add("id");
        allColumns.addAll(columns);
        insert(table, allColumns, withIds);
        return result;
    }

    /**
     * Ids for {@code count} new rows of {@code table}, whose {@code id} column is an identity, taken
     * from its sequence in one round trip, for the caller to write the rows with; {@code null} where
     * the database hands ids out only as it inserts (H2). Ids taken and not used are gaps, as after a
     * rollback.
     */
    public long[] idsAhead(String table, int count) {
        if (!isPostgres()) {
            return null;
        }
        if (count == 0) {
            return new long[0];
        }
        String sequence = sequences.computeIfAbsent(table, t -> template.queryForObject(
                "SELECT pg_get_serial_sequence(?, 'id')", String.class, t));
        // the sequence's name as a literal, resolved once when the statement is planned: looking it up
        // from the table for every id (pg_get_serial_sequence searches pg_depend) was a sixth of the
        // order import's database time
        List<Long> ids = template.queryForList("SELECT nextval('" + sequence.replace("'", "''")
                + "') FROM generate_series(1, ?)", Long.class, count);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private long[] batchReturningIds(String table, List<String> columns, List<Object[]> rows) {
        String sql = insertSql(table, columns);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] row = rows.get(i);
                        for (int c = 0; c < row.length; c++) {
                            StatementCreatorUtils.setParameterValue(statement, c + 1,
                                    SqlTypeValue.TYPE_UNKNOWN, row[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (generated.size() != rows.size()) {
            throw new IllegalStateException(table + ": " + rows.size() + " rows inserted but " + generated.size()
                    + " ids returned");
        }
        long[] result = new long[generated.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = ((Number) generated.get(i).values().iterator().next()).longValue();
        }
        return result;
    }

    /**
     * Drops, for the rest of the current transaction, the non-unique indexes of {@code table}, to
     * build them again in one go by {@link DeferredIndexes#restore()}: a first load of millions of
     * rows into an empty table is faster so, as {@code pg_restore} does it (on PostgreSQL, measured on
     * the orders: 456,531 rows with the three secondary indexes kept up row by row took 3.8 s more
     * than without them; building them afterwards took 1.2 s). The primary key and unique indexes
     * stay, so look-ups by key and uniqueness work throughout, and so do foreign keys (dropping one
     * would lock the referenced table too, even against readers). PostgreSQL changes its schema
     * inside the transaction: a rollback brings the indexes back as they were; until the commit,
     * other transactions that read or write {@code table} wait (the table is locked so even when it
     * has no index to drop). Elsewhere (H2 would commit the schema change at once) it does nothing.
     */
    public DeferredIndexes deferIndexes(String table) {
        if (!isPostgres()) {
            return DeferredIndexes.NONE;
        }
        List<String[]> indexes = template.query("""
                SELECT CAST(CAST(indexrelid AS regclass) AS text), pg_get_indexdef(indexrelid) FROM pg_index
                 WHERE indrelid = CAST(? AS regclass) AND NOT indisunique AND NOT indisprimary
                 ORDER BY 1""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] index : indexes) {
            template.execute("DROP INDEX " + index[0]);
        }
        if (indexes.isEmpty()) {
            template.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
        return new DeferredIndexes(true, () -> {
            template.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (String[] index : indexes) {
                template.execute(index[1]);
            }
        });
    }

    /**
     * Drops, for the rest of the current transaction, the primary key and unique constraints of
     * {@code table}, to add them again by {@link DeferredIndexes#restore()}, which builds each index
     * from the sorted rows and checks in that pass that no two rows share a key: only for a table
     * this transaction holds locked ({@link DeferredIndexes#tableLocked()}) and writes no row into
     * that it looks up by a key before the restore, which is what a first load into an empty table
     * does. Measured on the first load of 456,531 orders with 1,021,797 lines: 9.5–10.8 s with the
     * orders' two keys kept up row by row, 9.1–10.0 s with them built at the end, and 272 MB of WAL
     * instead of 312. A table another one refers to by a foreign key keeps its keys (dropping them
     * fails). Elsewhere than PostgreSQL it does nothing.
     */
    public DeferredIndexes deferKeys(String table) {
        if (!isPostgres()) {
            return DeferredIndexes.NONE;
        }
        List<String[]> keys = template.query("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u')
                 ORDER BY contype, conname""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] key : keys) {
            template.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key[0]);
        }
        return new DeferredIndexes(true, () -> {
            template.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (String[] key : keys) {
                template.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + key[0] + " " + key[1]);
            }
        });
    }

    /** What {@link #deferIndexes} dropped, to be built again before the transaction commits. */
    public static final class DeferredIndexes {

        /** Nothing was dropped. */
        public static final DeferredIndexes NONE = new DeferredIndexes(false, () -> { });

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
            template.execute("SET LOCAL enable_seqscan = off");
        }
    }

    /**
     * Refreshes the planner's statistics of {@code tables} after a bulk write has committed. Inside
     * a surrounding transaction it does nothing: statistics are for committed data.
     */
    public void refreshStatistics(String... tables) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        if (isPostgres()) {
            template.execute("ANALYZE " + String.join(", ", tables));
        } else {
            template.execute("ANALYZE");
        }
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

    /** Whether the database is PostgreSQL (else H2). */
    public boolean isPostgres() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * The rows as COPY's CSV, written straight into bytes (building a String first and letting the
     * driver encode it again cost a fifth of the order import's own CPU time) and sent every
     * {@value #COPY_PIECE} bytes, so that PostgreSQL stores the rows already sent while the next
     * ones are being written.
     */
    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        CopyIn in = connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT csv)");
        try {
            CsvBytes csv = new CsvBytes(COPY_PIECE + 1024);
            for (Object[] row : rows) {
                appendRow(csv, row);
                if (csv.size >= COPY_PIECE) {
                    in.writeToCopy(csv.bytes, 0, csv.size);
                    csv.size = 0;
                }
            }
            if (csv.size > 0) {
                in.writeToCopy(csv.bytes, 0, csv.size);
            }
            in.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancelling) {
                    e.addSuppressed(cancelling);
                }
            }
            throw e;
        }
    }

    /** Rows already written as COPY's CSV, sent {@value #COPY_PIECE} bytes at a time. */
    private static void copy(PGConnection connection, String table, List<String> columns, CsvBytes csv)
            throws SQLException {
        CopyIn in = connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT csv)");
        try {
            for (int from = 0; from < csv.size; from += COPY_PIECE) {
                in.writeToCopy(csv.bytes, from, Math.min(COPY_PIECE, csv.size - from));
            }
            in.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancelling) {
                    e.addSuppressed(cancelling);
                }
            }
            throw e;
        }
    }

    private static void appendRow(CsvBytes csv, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                csv.ascii(',');
            }
            appendValue(csv, row[i]);
        }
        csv.ascii('\n');
    }

    /** CSV for COPY: an unquoted empty field is NULL, every text is quoted. */
    static void appendValue(CsvBytes csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Long number) {
            csv.digits(number);
        } else if (value instanceof Integer number) {
            csv.digits(number);
        } else if (value instanceof LocalDate date) {
            csv.date(date);
        } else if (value instanceof Timestamp timestamp) {
            csv.timestamp(timestamp);
        } else if (value instanceof BigDecimal decimal) {
            csv.ascii(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof java.sql.Date) {
            csv.ascii(value.toString());
        } else {
            csv.quoted(value.toString());
        }
    }

    /** A growing byte buffer of CSV text in UTF-8 (the connection's encoding). */
    static final class CsvBytes {
        private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
                100_000_000, 1_000_000_000};

        byte[] bytes;
        int size;
        private Timestamp lastTimestamp;
        private String lastTimestampText;

        CsvBytes(int capacity) {
            bytes = new byte[Math.max(64, capacity)];
        }

        void ascii(char c) {
            room(1);
            bytes[size++] = (byte) c;
        }

        /** Text known to be ASCII: digits, signs, dates. */
        void ascii(String text) {
            int n = text.length();
            room(n);
            for (int i = 0; i < n; i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
        }

        /** A whole number in decimal digits, written without making a String of it. */
        void digits(long number) {
            if (number < 0 || number > Integer.MAX_VALUE) {
                ascii(Long.toString(number));
                return;
            }
            int rest = (int) number;
            int length = 1;
            while (length < POWERS_OF_TEN.length && rest >= POWERS_OF_TEN[length]) {
                length++;
            }
            room(length);
            for (int i = size + length - 1; i >= size; i--) {
                int tenth = rest / 10;
                bytes[i] = (byte) ('0' + rest - tenth * 10);
                rest = tenth;
            }
            size += length;
        }

        /** A date as ISO {@code yyyy-MM-dd}. */
        void date(LocalDate date) {
            int year = date.getYear();
            if (year < 1000 || year > 9999) {
                ascii(date.toString());
                return;
            }
            digits(year);
            ascii('-');
            twoDigits(date.getMonthValue());
            ascii('-');
            twoDigits(date.getDayOfMonth());
        }

        /**
         * A moment as ISO-8601 in UTC. A bulk write stamps all its rows with the same moment, so the
         * text of the last one is kept instead of formatting it again for every row.
         */
        void timestamp(Timestamp timestamp) {
            if (!timestamp.equals(lastTimestamp)) {
                lastTimestamp = timestamp;
                lastTimestampText = timestamp.toInstant().toString();
            }
            ascii(lastTimestampText);
        }

        private void twoDigits(int number) {
            room(2);
            bytes[size++] = (byte) ('0' + number / 10);
            bytes[size++] = (byte) ('0' + number % 10);
        }

        void quoted(String text) {
            ascii('"');
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    room(2);
                    bytes[size++] = '"';
                    bytes[size++] = '"';
                } else if (c < 0x80) {
                    room(1);
                    bytes[size++] = (byte) c;
                } else {
                    byte[] encoded = (Character.isSurrogate(c) && i + 1 < n
                            ? text.substring(i, ++i + 1) : String.valueOf(c)).getBytes(StandardCharsets.UTF_8);
                    room(encoded.length);
                    System.arraycopy(encoded, 0, bytes, size, encoded.length);
                    size += encoded.length;
                }
            }
            ascii('"');
        }

        String text() {
            return new String(bytes, 0, size, StandardCharsets.UTF_8);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
