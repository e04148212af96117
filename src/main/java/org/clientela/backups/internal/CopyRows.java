package org.clientela.backups.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A table's rows into PostgreSQL by {@code COPY … FROM STDIN} (text format), several times faster
 * than batched inserts: what a restore of millions of order lines spends its time on. The archive's
 * values are already in forms PostgreSQL reads (ISO dates and instants, plain decimals); only text
 * needs its backslashes and line breaks escaped, and binary becomes {@code \x} hex.
 */
final class CopyRows {

    private static final int CHUNK_CHARS = 1 << 20;

    private CopyRows() {}

    static long copy(Connection connection, TableShape table, ArchiveReader.TableRows rows)
            throws SQLException, IOException {
        String sql = "COPY " + DatabaseKind.quote(table.name()) + " ("
                + table.columns().stream()
                        .map(c -> DatabaseKind.quote(c.name()))
                        .collect(Collectors.joining(", "))
                + ") FROM STDIN";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        long count = 0;
        try {
            StringBuilder text = new StringBuilder(CHUNK_CHARS + 4096);
            List<TableShape.Column> columns = table.columns();
            for (List<String> values = rows.next(); values != null; values = rows.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    append(text, columns.get(i).type(), values.get(i));
                }
                text.append('\n');
                count++;
                if (text.length() >= CHUNK_CHARS) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
            return count;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static void append(StringBuilder text, PortableType type, String value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        switch (type) {
            case TEXT -> escape(text, value);
            case BINARY -> {
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(value);
                } catch (IllegalArgumentException e) {
                    throw new DamagedArchive("a binary value is not base64");
                }
                text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            }
            case BIGINT, INTEGER, SMALLINT -> {
                if (!wholeNumber(value)) {
                    throw new DamagedArchive("a whole number is not one: " + value);
                }
                text.append(value);
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new DamagedArchive("a boolean is not one: " + value);
                }
                text.append(value);
            }
            // Decimals, dates, times, instants, UUIDs: PostgreSQL refuses a malformed one and the
            // whole restore is rolled back; none of them holds a tab, line break or backslash.
            default -> {
                if (value.indexOf('\t') >= 0
                        || value.indexOf('\n') >= 0
                        || value.indexOf('\\') >= 0
                        || value.indexOf('\r') >= 0) {
                    throw new DamagedArchive("a " + type + " value holds a control character");
                }
                text.append(value);
            }
        }
    }

    /** {@code -?[0-9]+}, checked without a regular expression: it runs for every number of millions of rows. */
    static boolean wholeNumber(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        if (value.length() == start) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append(c);
            }
        }
    }
}
