package org.clientela.platform;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final DataSource dataSource;
    private final JdbcTemplate template;

    BulkInsert(DataSource dataSource, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.template = template;
    }

    /**
     * Inserts {@code rows} (values in the order of {@code columns}) into {@code table}. Values may
     * be null, strings, numbers, booleans, {@link java.sql.Date} or {@link Timestamp}.
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
            throw new DataAccessResourceFailureException("COPY into " + table + " failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        template.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders
                + ")", rows);
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

    private boolean isPostgres() {
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
     * The rows as COPY's CSV, written straight into bytes: building a String first and letting the
     * driver encode it again cost a fifth of the order import's own CPU time.
     */
    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        CsvBytes csv = new CsvBytes(rows.size() * 48);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.ascii(',');
                }
                appendValue(csv, row[i]);
            }
            csv.ascii('\n');
        }
        try {
            connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN WITH (FORMAT csv)", new ByteArrayInputStream(csv.bytes, 0, csv.size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV for COPY: an unquoted empty field is NULL, every text is quoted. */
    static void appendValue(CsvBytes csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Long number) {
            csv.ascii(Long.toString(number));
        } else if (value instanceof Integer number) {
            csv.ascii(Integer.toString(number));
        } else if (value instanceof BigDecimal decimal) {
            csv.ascii(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof java.sql.Date) {
            csv.ascii(value.toString());
        } else if (value instanceof Timestamp timestamp) {
            csv.ascii(timestamp.toInstant().toString());
        } else {
            csv.quoted(value.toString());
        }
    }

    /** A growing byte buffer of CSV text in UTF-8 (the connection's encoding). */
    static final class CsvBytes {
        byte[] bytes;
        int size;

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
