package org.clientela.backups.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a table's dump: a JSON array of null, true, false, whole numbers and strings, on one
 * line. Written and read here rather than by a general JSON library because a dump holds millions
 * of rows of these few shapes, and a reader that knows them refuses anything else as damage.
 */
final class JsonLine {

    private final StringBuilder text = new StringBuilder(256);
    private boolean first = true;

    /** Starts a new row. */
    JsonLine start() {
        text.setLength(0);
        text.append('[');
        first = true;
        return this;
    }

    /** The row, ended. */
    String end() {
        return text.append(']').toString();
    }

    void nullValue() {
        separate();
        text.append("null");
    }

    void number(long value) {
        separate();
        text.append(value);
    }

    /** A whole number already in JSON's form, {@code text} from {@code from} to {@code to}. */
    void literal(String text, int from, int to) {
        separate();
        this.text.append(text, from, to);
    }

    void bool(boolean value) {
        separate();
        text.append(value);
    }

    void string(String value) {
        separate();
        if (value == null) {
            text.append("null");
            return;
        }
        quote(value, text);
    }

    private void separate() {
        if (!first) {
            text.append(',');
        }
        first = false;
    }

    static void quote(String value, StringBuilder to) {
        to.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> to.append("\\\"");
                case '\\' -> to.append("\\\\");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                case '\t' -> to.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        to.append(String.format("\\u%04x", (int) c));
                    } else {
                        to.append(c);
                    }
                }
            }
        }
        to.append('"');
    }

    /**
     * The values of one row: {@code null} for null, the text of a string, or the literal text of a
     * number or boolean ({@code "12"}, {@code "true"}).
     *
     * @throws DamagedArchive when the line is not such an array
     */
    static List<String> parse(String line) {
        List<String> values = new ArrayList<>();
        int i = skip(line, 0);
        expect(line, i++, '[');
        i = skip(line, i);
        if (i < line.length() && line.charAt(i) == ']') {
            return end(line, i + 1, values);
        }
        while (true) {
            i = skip(line, i);
            if (i >= line.length()) {
                throw malformed(line);
            }
            char c = line.charAt(i);
            if (c == '"') {
                StringBuilder value = new StringBuilder();
                i = string(line, i + 1, value);
                values.add(value.toString());
            } else {
                int start = i;
                while (i < line.length() && ",] \t".indexOf(line.charAt(i)) < 0) {
                    i++;
                }
                String literal = line.substring(start, i);
                if (literal.equals("null")) {
                    values.add(null);
                } else if (literal.equals("true") || literal.equals("false") || literal.matches("-?\\d+")) {
                    values.add(literal);
                } else {
                    throw malformed(line);
                }
            }
            i = skip(line, i);
            if (i >= line.length()) {
                throw malformed(line);
            }
            char next = line.charAt(i++);
            if (next == ']') {
                return end(line, i, values);
            }
            if (next != ',') {
                throw malformed(line);
            }
        }
    }

    private static int string(String line, int i, StringBuilder value) {
        while (i < line.length()) {
            char c = line.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (i >= line.length()) {
                break;
            }
            char escaped = line.charAt(i++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    if (i + 4 > line.length()) {
                        throw malformed(line);
                    }
                    try {
                        value.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
                    } catch (NumberFormatException e) {
                        throw malformed(line);
                    }
                    i += 4;
                }
                default -> throw malformed(line);
            }
        }
        throw malformed(line);
    }

    private static List<String> end(String line, int i, List<String> values) {
        if (skip(line, i) != line.length()) {
            throw malformed(line);
        }
        return values;
    }

    private static int skip(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static void expect(String line, int i, char c) {
        if (i >= line.length() || line.charAt(i) != c) {
            throw malformed(line);
        }
    }

    private static DamagedArchive malformed(String line) {
        String shown = line.length() > 80 ? line.substring(0, 80) + "…" : line;
        return new DamagedArchive("a row is not a JSON array of plain values: " + shown);
    }
}
