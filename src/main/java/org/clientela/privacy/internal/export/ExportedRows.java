package org.clientela.privacy.internal.export;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * One record type's file being written: its rows as JSON objects, and what the readable summary
 * keeps of them (how many, the column names and the first {@value #SHOWN} rows as text), so the
 * summary costs the same for a customer with ten orders as for one with a hundred thousand.
 */
public final class ExportedRows {

    static final int SHOWN = 20;

    private final String recordType;
    private final List<String> columns = new ArrayList<>();
    private final List<List<String>> first = new ArrayList<>();
    private long count;

    ExportedRows(String recordType) {
        this.recordType = recordType;
    }

    public String recordType() {
        return recordType;
    }

    public long count() {
        return count;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<String>> first() {
        return first;
    }

    /** Writes the row {@code rs} stands on as one JSON object. */
    void write(ResultSet rs, JsonGenerator json) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        if (columns.isEmpty()) {
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        }
        List<String> shown = count < SHOWN ? new ArrayList<>(n) : null;
        json.writeStartObject();
        for (int i = 1; i <= n; i++) {
            json.writeName(columns.get(i - 1));
            String text = value(rs, i, type(meta, i), json);
            if (shown != null) {
                shown.add(text == null ? "" : text);
            }
        }
        json.writeEndObject();
        if (shown != null) {
            first.add(shown);
        }
        count++;
    }

    /**
     * The column's JDBC type; PostgreSQL's driver calls a moment with its offset ({@code timestamptz})
     * a plain {@code TIMESTAMP}, told apart only by its type's name.
     */
    private static int type(ResultSetMetaData meta, int i) throws SQLException {
        int type = meta.getColumnType(i);
        String name = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        if (type == Types.TIMESTAMP && (name.contains("tz") || name.contains("time zone"))) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return type;
    }

    /** Writes column {@code i} and returns it as text for the summary. */
    private static String value(ResultSet rs, int i, int type, JsonGenerator json) throws SQLException {
        switch (type) {
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                if (rs.wasNull()) {
                    json.writeNull();
                    return null;
                }
                json.writeBoolean(b);
                return Boolean.toString(b);
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    json.writeNull();
                    return null;
                }
                json.writeNumber(v);
                return Long.toString(v);
            }
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                var v = rs.getBigDecimal(i);
                if (v == null) {
                    json.writeNull();
                    return null;
                }
                json.writeNumber(v);
                return v.toPlainString();
            }
            case Types.DATE -> {
                return text(json, rs.getObject(i, java.time.LocalDate.class));
            }
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                return text(json, rs.getObject(i, java.time.OffsetDateTime.class));
            }
            case Types.TIMESTAMP -> {
                return text(json, rs.getObject(i, java.time.LocalDateTime.class));
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(i);
                return text(json, bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
            }
            default -> {
                return text(json, rs.getString(i));
            }
        }
    }

    private static String text(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
            return null;
        }
        String text = value.toString();
        json.writeString(text);
        return text;
    }
}
