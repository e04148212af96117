package org.clientela.platform.bulk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Rows as the CSV that PostgreSQL's {@code COPY} reads, written straight into a growing byte
 * buffer in UTF-8 (the connection's encoding): building a String first and letting the driver
 * encode it again was a large share of a bulk write's own CPU time (figures in docs/benchmarks.md).
 */
public class CopyText {

    private static final int[] POWERS_OF_TEN = {
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
    };

    byte[] bytes;
    int size;
    private Timestamp lastTimestamp;
    private String lastTimestampText;

    public CopyText(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    /** The rows as one text, each line ended. */
    public static CopyText of(List<Object[]> rows) {
        CopyText csv = new CopyText(rows.size() * 64);
        for (Object[] row : rows) {
            csv.row(row);
        }
        return csv;
    }

    /** Appends one row and ends its line. */
    public void row(Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                ascii(',');
            }
            value(row[i]);
        }
        ascii('\n');
    }

    /** Appends one field: an unquoted empty field is NULL, every text is quoted. */
    public void value(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Long number) {
            digits(number);
        } else if (value instanceof Integer number) {
            digits(number);
        } else if (value instanceof LocalDate date) {
            date(date);
        } else if (value instanceof Timestamp timestamp) {
            timestamp(timestamp);
        } else if (value instanceof BigDecimal decimal) {
            ascii(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof java.sql.Date) {
            ascii(value.toString());
        } else {
            quoted(value.toString());
        }
    }

    public void ascii(char c) {
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

    /** A whole number in decimal digits, written without making a String of it. */
    void digits(long number) {
        if (number < 0 || number > Integer.MAX_VALUE) {
            ascii(Long.toString(number));
            return;
        }
        int rest = (int) number;
        int length = 1;
        while (length < POWERS_OF_TEN.length && rest >= POWERS_OF_TEN[length]) {
            length++;
        }
        room(length);
        for (int i = size + length - 1; i >= size; i--) {
            int tenth = rest / 10;
            bytes[i] = (byte) ('0' + rest - tenth * 10);
            rest = tenth;
        }
        size += length;
    }

    /** A date as ISO {@code yyyy-MM-dd}. */
    void date(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            ascii(date.toString());
            return;
        }
        digits(year);
        ascii('-');
        twoDigits(date.getMonthValue());
        ascii('-');
        twoDigits(date.getDayOfMonth());
    }

    /**
     * A moment as ISO-8601 in UTC. A bulk write stamps all its rows with the same moment, so the
     * text of the last one is kept instead of formatting it again for every row.
     */
    void timestamp(Timestamp timestamp) {
        if (!timestamp.equals(lastTimestamp)) {
            lastTimestamp = timestamp;
            lastTimestampText = timestamp.toInstant().toString();
        }
        ascii(lastTimestampText);
    }

    private void twoDigits(int number) {
        room(2);
        bytes[size++] = (byte) ('0' + number / 10);
        bytes[size++] = (byte) ('0' + number % 10);
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
                                ? text.substring(i, ++i + 1)
                                : String.valueOf(c))
                        .getBytes(StandardCharsets.UTF_8);
                room(encoded.length);
                System.arraycopy(encoded, 0, bytes, size, encoded.length);
                size += encoded.length;
            }
        }
        ascii('"');
    }

    /** How many bytes are written. */
    public int size() {
        return size;
    }

    public String text() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
