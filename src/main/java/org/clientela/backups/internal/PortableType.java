package org.clientela.backups.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * What a column holds, in words both databases understand, and how a value of it is written into an
 * archive and read back. Every value is written the same way whichever database it came from, so the
 * same data gives the same bytes, and the same checksum, on H2 and on PostgreSQL: whole numbers and
 * booleans as JSON literals, exact decimals as strings without trailing zeros, instants in UTC
 * (ISO-8601 with the offset {@code Z}), binary as base64.
 */
enum PortableType {
    BIGINT,
    INTEGER,
    SMALLINT,
    NUMERIC,
    DOUBLE,
    REAL,
    BOOLEAN,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_TZ,
    TEXT,
    UUID,
    BINARY;

    /** The type of a column as JDBC describes it. */
    static PortableType of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return UUID;
        }
        if (name.equals("timestamptz") || name.contains("time zone") || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
            return TIMESTAMP_TZ;
        }
        return switch (jdbcType) {
            case Types.BIGINT -> BIGINT;
            case Types.INTEGER -> INTEGER;
            case Types.SMALLINT, Types.TINYINT -> SMALLINT;
            case Types.NUMERIC, Types.DECIMAL -> NUMERIC;
            case Types.DOUBLE, Types.FLOAT -> DOUBLE;
            case Types.REAL -> REAL;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> TEXT;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default ->
                throw new IllegalStateException("A column of type " + typeName + " (" + jdbcType
                        + ") cannot be carried by a backup yet; teach PortableType its portable form");
        };
    }

    /** Writes column {@code index} of the current row as a JSON value. */
    void write(ResultSet row, int index, JsonLine out) throws SQLException {
        switch (this) {
            case BIGINT, INTEGER, SMALLINT -> {
                long value = row.getLong(index);
                if (row.wasNull()) out.nullValue();
                else out.number(value);
            }
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) out.nullValue();
                else out.bool(value);
            }
            case NUMERIC -> {
                BigDecimal value = row.getBigDecimal(index);
                out.string(value == null ? null : plain(value));
            }
            case DOUBLE -> {
                double value = row.getDouble(index);
                out.string(row.wasNull() ? null : Double.toString(value));
            }
            case REAL -> {
                float value = row.getFloat(index);
                out.string(row.wasNull() ? null : Float.toString(value));
            }
            case DATE -> out.string(text(row.getObject(index, LocalDate.class)));
            case TIME -> out.string(text(row.getObject(index, LocalTime.class)));
            case TIMESTAMP -> out.string(text(row.getObject(index, LocalDateTime.class)));
            case TIMESTAMP_TZ -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                out.string(
                        value == null
                                ? null
                                : value.withOffsetSameInstant(ZoneOffset.UTC).toString());
            }
            case TEXT -> out.string(row.getString(index));
            case UUID -> out.string(text(row.getObject(index, java.util.UUID.class)));
            case BINARY -> {
                byte[] value = row.getBytes(index);
                out.string(value == null ? null : Base64.getEncoder().encodeToString(value));
            }
        }
    }

    /**
     * Binds a value read from an archive (a JSON literal's text, or {@code null}) to parameter
     * {@code index}; {@code sqlType} is the target column's JDBC type, for a null.
     */
    void bind(PreparedStatement insert, int index, String value, int sqlType) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case BIGINT -> insert.setLong(index, Long.parseLong(value));
            case INTEGER -> insert.setInt(index, Integer.parseInt(value));
            case SMALLINT -> insert.setShort(index, Short.parseShort(value));
            case BOOLEAN -> insert.setBoolean(index, parseBoolean(value));
            case NUMERIC -> insert.setBigDecimal(index, new BigDecimal(value));
            case DOUBLE -> insert.setDouble(index, Double.parseDouble(value));
            case REAL -> insert.setFloat(index, Float.parseFloat(value));
            case DATE -> insert.setObject(index, LocalDate.parse(value));
            case TIME -> insert.setObject(index, LocalTime.parse(value));
            case TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(value));
            case TIMESTAMP_TZ -> insert.setObject(index, OffsetDateTime.parse(value));
            case TEXT -> insert.setString(index, value);
            case UUID -> insert.setObject(index, java.util.UUID.fromString(value));
            case BINARY -> insert.setBytes(index, Base64.getDecoder().decode(value));
        }
    }

    private static boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean: " + value);
        };
    }

    /** An exact decimal without the trailing zeros one database keeps and the other may not. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
