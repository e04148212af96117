package org.clientela.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The erasure tests' search over every text column of every table, read from the database's own
 * catalogue, so that a table or column added later is searched without anyone listing it.
 */
final class TextColumnSearch {

    private TextColumnSearch() {}

    /** Every text (or JSON) column of every base table: {table, column}, lower case. */
    static List<String[]> textColumns(DataSource dataSource) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> tables = tables(meta, connection);
            try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (tables.contains(table) && isText(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME"))) {
                        columns.add(new String[] {
                            table, rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                        });
                    }
                }
            }
        }
        return columns;
    }

    /** Every text column of every table that holds any of {@code values}, case aside: {@code table.column}. */
    static List<String> placesHolding(DataSource dataSource, JdbcClient jdbc, List<String> values) throws SQLException {
        List<String> places = new ArrayList<>();
        for (String[] column : textColumns(dataSource)) {
            for (String value : values) {
                long hits = jdbc.sql(
                                "SELECT COUNT(*) FROM " + column[0] + " WHERE LOWER(" + column[1] + ") LIKE :value")
                        .param("value", "%" + value.toLowerCase(Locale.ROOT) + "%")
                        .query(Long.class)
                        .single();
                if (hits > 0) {
                    places.add(column[0] + "." + column[1]);
                }
            }
        }
        return places.stream().distinct().toList();
    }

    private static Set<String> tables(DatabaseMetaData meta, Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static boolean isText(int type, String typeName) {
        return switch (type) {
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> true;
            default -> typeName != null && typeName.toLowerCase(Locale.ROOT).contains("json");
        };
    }
}
