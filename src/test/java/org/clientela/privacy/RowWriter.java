package org.clientela.privacy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes a row into any table with the values a test names, and a plain value of the right type in
 * every other column that must hold one: enough to put a person's words into every place the
 * product keeps them without spelling out each table's bookkeeping columns.
 */
final class RowWriter {

    private final DataSource dataSource;

    RowWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts one row; answers its generated {@code id}, or 0 for a table without one. */
    long insert(String table, Map<String, Object> given) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Map<String, Object> values = new LinkedHashMap<>();
            boolean hasId = false;
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                while (columns.next()) {
                    if (!table.equalsIgnoreCase(columns.getString("TABLE_NAME"))) {
                        continue;
                    }
                    String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    boolean generated = "YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"));
                    hasId |= name.equals("id") && generated;
                    if (given.containsKey(name)) {
                        values.put(name, given.get(name));
                    } else if (!generated
                            && columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                            && columns.getString("COLUMN_DEF") == null) {
                        values.put(name, plain(columns.getInt("DATA_TYPE"), columns.getInt("COLUMN_SIZE")));
                    }
                }
            }
            if (!values.keySet().containsAll(given.keySet())) {
                throw new IllegalArgumentException(table + " has no column among " + given.keySet());
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                    + String.join(", ", values.keySet().stream().map(k -> "?").toList()) + ")";
            try (PreparedStatement insert = hasId
                    ? connection.prepareStatement(sql, new String[] {"id"})
                    : connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
                List<Object> ordered = new ArrayList<>(values.values());
                for (int i = 0; i < ordered.size(); i++) {
                    insert.setObject(i + 1, ordered.get(i));
                }
                insert.executeUpdate();
                if (!hasId) {
                    return 0;
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write a row of " + table + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** How many rows of {@code table} belong to the customer {@code customerId}. */
    long count(String table, long customerId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement count =
                connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?")) {
            count.setLong(1, customerId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Object plain(int type, int size) {
        return switch (type) {
            case Types.DATE -> java.sql.Date.valueOf(LocalDate.of(2026, 1, 15));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                Timestamp.from(Instant.parse("2026-01-15T10:00:00Z"));
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.INTEGER, Types.SMALLINT, Types.BIGINT, Types.TINYINT -> 1;
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> BigDecimal.ONE;
            default -> "x";
        };
    }
}
