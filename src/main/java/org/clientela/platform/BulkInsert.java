package org.clientela.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendValue(csv, row[i]);
            }
            csv.append('\n');
        }
        try {
            connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV for COPY: an unquoted empty field is NULL, every text is quoted. */
    static void appendValue(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            csv.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof java.sql.Date) {
            csv.append(value);
        } else if (value instanceof Timestamp timestamp) {
            csv.append(timestamp.toInstant());
        } else {
            String text = value.toString();
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
    }
}
