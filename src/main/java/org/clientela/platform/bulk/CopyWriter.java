package org.clientela.platform.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Sends rows to PostgreSQL with {@code COPY … FROM STDIN}, several times faster than a batched
 * {@code INSERT}, in pieces of {@value #PIECE} bytes, so that PostgreSQL stores the rows already
 * sent while the next ones are being written. A failure cancels the COPY, so the connection stays
 * usable for the transaction's rollback.
 */
public final class CopyWriter {

    /** Bytes of COPY data written before they are sent. */
    public static final int PIECE = 64 * 1024;

    private final DataSource dataSource;
    private final JdbcTemplate template;

    public CopyWriter(DataSource dataSource, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.template = template;
    }

    /**
     * Encodes and sends {@code rows} (values in the order of {@code columns}) on the current
     * transaction's connection when it is PostgreSQL's; whether it was.
     */
    public boolean copied(String table, List<String> columns, List<Object[]> rows) {
        return copied(table, pg -> copy(pg, table, columns, rows));
    }

    /** Sends rows already encoded, as {@link #copied(String, List, List)} does. */
    public boolean copied(String table, List<String> columns, CopyText csv) {
        return copied(table, pg -> copy(pg, table, columns, csv));
    }

    /** A write through PostgreSQL's COPY API. */
    private interface Copy {
        void into(PGConnection connection) throws SQLException;
    }

    private boolean copied(String table, Copy copy) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return false;
            }
            copy.into(connection.unwrap(PGConnection.class));
            return true;
        } catch (SQLException e) {
            throw translated(table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private DataAccessException translated(String table, SQLException e) {
        DataAccessException translated = template.getExceptionTranslator().translate("COPY into " + table, null, e);
        return translated != null ? translated : new DataAccessResourceFailureException("COPY into " + table, e);
    }

    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        CopyIn in = open(connection, table, columns);
        try {
            CopyText csv = new CopyText(PIECE + 1024);
            for (Object[] row : rows) {
                csv.row(row);
                if (csv.size >= PIECE) {
                    in.writeToCopy(csv.bytes, 0, csv.size);
                    csv.size = 0;
                }
            }
            if (csv.size > 0) {
                in.writeToCopy(csv.bytes, 0, csv.size);
            }
            in.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(in, e);
            throw e;
        }
    }

    /** Sends rows already encoded, {@value #PIECE} bytes at a time. */
    private static void copy(PGConnection connection, String table, List<String> columns, CopyText csv)
            throws SQLException {
        CopyIn in = open(connection, table, columns);
        try {
            for (int from = 0; from < csv.size; from += PIECE) {
                in.writeToCopy(csv.bytes, from, Math.min(PIECE, csv.size - from));
            }
            in.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(in, e);
            throw e;
        }
    }

    private static CopyIn open(PGConnection connection, String table, List<String> columns) throws SQLException {
        return connection
                .getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
    }

    private static void cancel(CopyIn in, Exception failure) {
        if (in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException cancelling) {
                failure.addSuppressed(cancelling);
            }
        }
    }
}
