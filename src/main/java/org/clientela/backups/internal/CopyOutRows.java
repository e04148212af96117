package org.clientela.backups.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * A PostgreSQL table's rows out by {@code COPY (SELECT …) TO STDOUT} (text format) into the same JSON
 * lines {@link PortableType#write} makes from a result set, byte for byte: for the tables whose every
 * column is a number, text, boolean, UUID, date or instant (customers, orders, order lines: the bulk
 * of a large business), whose text forms PostgreSQL prints as the archive wants them but for
 * trailing zeros and the layout of an instant. It spares the driver's work per value (a
 * {@code BigDecimal} per amount, an {@code OffsetDateTime} per instant) that made a backup wait for
 * the processor. Other tables (times, floating point, binary) keep the result-set path.
 */
final class CopyOutRows {

    /** The types whose COPY text becomes the archive's form without parsing a date or a number. */
    private static final Set<PortableType> CARRIED = EnumSet.of(
            PortableType.BIGINT,
            PortableType.INTEGER,
            PortableType.SMALLINT,
            PortableType.NUMERIC,
            PortableType.BOOLEAN,
            PortableType.TEXT,
            PortableType.UUID,
            PortableType.DATE,
            PortableType.TIMESTAMP_TZ);

    private CopyOutRows() {}

    /**
     * Whether {@link #write} can dump {@code table}: its columns are of the types above and its dates
     * and instants all in the years 1 to 9998, which PostgreSQL and Java print alike (the check reads
     * the table once, in the same snapshot as the dump).
     */
    static boolean carries(Connection connection, TableShape table) throws SQLException {
        if (!table.columns().stream().allMatch(c -> CARRIED.contains(c.type()))) {
            return false;
        }
        List<String> unusual = table.columns().stream()
                .filter(c -> c.type() == PortableType.DATE || c.type() == PortableType.TIMESTAMP_TZ)
                .map(c -> {
                    String name = DatabaseKind.quote(c.name());
                    return c.type() == PortableType.DATE
                            ? "NOT (" + name + " BETWEEN DATE '0001-01-01' AND DATE '9998-12-31')"
                            : "NOT (" + name + " BETWEEN TIMESTAMP WITH TIME ZONE '0001-01-02 00:00:00+00'"
                                    + " AND TIMESTAMP WITH TIME ZONE '9998-12-31 00:00:00+00')";
                })
                .toList();
        if (unusual.isEmpty()) {
            return true;
        }
        try (Statement statement = connection.createStatement();
                ResultSet any = statement.executeQuery("SELECT 1 FROM " + DatabaseKind.quote(table.name()) + " WHERE "
                        + String.join(" OR ", unusual) + " LIMIT 1")) {
            return !any.next();
        }
    }

    /** Writes one JSON line per row of {@code select} into {@code out}; returns the rows. */
    static long write(Connection connection, String select, List<TableShape.Column> columns, Writer out)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            // Instants in UTC and dates as ISO, for this transaction only (a backup's rolls back).
            statement.execute("SET LOCAL TimeZone = 'UTC'");
            statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
        }
        CopyOut copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT");
        JsonLine line = new JsonLine();
        StringBuilder value = new StringBuilder(256);
        long rows = 0;
        try {
            for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
                String text = new String(row, StandardCharsets.UTF_8);
                int end = text.endsWith("\n") ? text.length() - 1 : text.length();
                line.start();
                int start = 0;
                for (int i = 0; i < columns.size(); i++) {
                    int tab = i == columns.size() - 1 ? end : text.indexOf('\t', start);
                    if (tab < 0) {
                        throw new IllegalStateException("COPY gave a row with fewer columns than " + columns.size());
                    }
                    field(columns.get(i).type(), text, start, tab, line, value);
                    start = tab + 1;
                }
                out.write(line.end());
                out.write('\n');
                rows++;
            }
            return rows;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void field(PortableType type, String text, int from, int to, JsonLine line, StringBuilder value) {
        if (to - from == 2 && text.charAt(from) == '\\' && text.charAt(from + 1) == 'N') {
            line.nullValue();
            return;
        }
        switch (type) {
            case BIGINT, INTEGER, SMALLINT -> line.literal(text, from, to);
            case BOOLEAN -> line.bool(text.charAt(from) == 't');
            case NUMERIC -> line.string(plain(text.substring(from, to)));
            case UUID, DATE -> line.string(text.substring(from, to));
            case TIMESTAMP_TZ -> line.string(instant(text.substring(from, to)));
            case TEXT -> line.string(unescape(text, from, to, value));
            default -> throw new IllegalStateException(type + " is not carried by COPY");
        }
    }

    /**
     * A decimal as PostgreSQL prints it ({@code -12.500}, never with an exponent) without trailing
     * zeros, as {@link PortableType#plain} makes it from a {@code BigDecimal}: {@code -12.5}, {@code 0}.
     */
    static String plain(String decimal) {
        int dot = decimal.indexOf('.');
        String stripped = decimal;
        if (dot >= 0) {
            int end = decimal.length();
            while (end > dot + 1 && decimal.charAt(end - 1) == '0') {
                end--;
            }
            stripped = decimal.substring(0, end == dot + 1 ? dot : end);
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != '0' && c != '-' && c != '.') {
                return stripped;
            }
        }
        if (stripped.isEmpty() || stripped.equals("-")) {
            throw new IllegalStateException("Not a decimal: " + decimal);
        }
        return "0";
    }

    /**
     * An instant as PostgreSQL prints it in UTC ({@code 2026-03-01 10:15:30.1234+00}: seconds always,
     * up to six decimals without trailing zeros) as Java's {@code OffsetDateTime} prints it
     * ({@code 2026-03-01T10:15:30.123400Z}: seconds only when not zero, decimals in threes).
     */
    static String instant(String copied) {
        if (copied.length() < 22
                || copied.charAt(10) != ' '
                || !copied.endsWith("+00")
                || copied.charAt(19) != (copied.length() == 22 ? '+' : '.')) {
            throw new IllegalStateException("Not an instant in UTC: " + copied);
        }
        StringBuilder text =
                new StringBuilder(30).append(copied, 0, 10).append('T').append(copied, 11, 16);
        String fraction = copied.length() == 22 ? "" : copied.substring(20, copied.length() - 3);
        boolean seconds = !copied.startsWith("00", 17);
        if (fraction.isEmpty()) {
            if (seconds) {
                text.append(copied, 16, 19);
            }
            return text.append('Z').toString();
        }
        String micros = (fraction + "000000").substring(0, 6);
        text.append(copied, 16, 19).append('.');
        text.append(micros.endsWith("000") ? micros.substring(0, 3) : micros);
        return text.append('Z').toString();
    }

    /** A text field of COPY's text format, its backslash escapes undone. */
    static String unescape(String text, int from, int to, StringBuilder value) {
        int backslash = text.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            return text.substring(from, to);
        }
        value.setLength(0);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == to) {
                value.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'v' -> value.append('\u000b');
                default -> value.append(next);
            }
        }
        return value.toString();
    }
}
