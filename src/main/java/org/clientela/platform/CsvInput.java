package org.clientela.platform;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a CSV file the way people's spreadsheets write them: comma or semicolon separated
 * (Spanish Excel writes semicolons), UTF-8 with or without a BOM, one header line naming the
 * columns in any order and case. Rows stream one at a time, each with its line number in the
 * file (1 is the header). Bytes that are not UTF-8 stop the reading with a clear error instead
 * of turning accents into garbage.
 */
public final class CsvInput implements Closeable, Iterable<CsvInput.Row> {

    /** One data row. Missing trailing fields read as empty. */
    public record Row(long line, List<String> fields) {

        /**
         * The trimmed field at {@code index}, or "" when the row is shorter. A quote that our own
         * export put before a leading = + - @ (so spreadsheets do not run it as a formula) is
         * taken off again, so an export imports back as it was.
         */
        public String get(int index) {
            if (index < 0 || index >= fields.size()) {
                return "";
            }
            String value = fields.get(index).strip();
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
                return value.substring(1);
            }
            return value;
        }

        /** The trimmed field of an optional column, or "" when the file has no such column. */
        public String get(Optional<Integer> column) {
            return column.map(this::get).orElse("");
        }
    }

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final Map<String, Integer> header = new LinkedHashMap<>();
    private final char separator;
    private long lastLine = 1;

    private CsvInput(InputStream in, char separator) {
        this.separator = separator;
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .ofCsvRecord(new InputStreamReader(in, decoder));
        this.records = reader.iterator();
    }

    /**
     * Opens {@code file}, skipping a UTF-8 BOM, choosing the separator from the header line, and
     * reading the header. An empty file or a header without the required columns is an
     * {@link InvalidInputException} on line 1.
     */
    public static CsvInput open(Path file, String... requiredColumns) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            skipBom(in);
            char separator = detectSeparator(in);
            CsvInput csv = new CsvInput(in, separator);
            csv.readHeader(requiredColumns);
            return csv;
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /** The 0-based index of a column, by header name (case and spaces ignored). */
    public Optional<Integer> column(String name) {
        return Optional.ofNullable(header.get(normalise(name)));
    }

    /** The index of a column that {@link #open} already checked is present. */
    public int required(String name) {
        return column(name).orElseThrow();
    }

    public char separator() {
        return separator;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw failure(e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    CsvRecord record = records.next();
                    lastLine = record.getStartingLineNumber();
                    return new Row(record.getStartingLineNumber(), record.getFields());
                } catch (UncheckedIOException e) {
                    throw failure(e);
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private void readHeader(String... requiredColumns) {
        CsvRecord first;
        try {
            if (!records.hasNext()) {
                throw new InvalidInputException(InputError.atLine(1, "-", "csv.empty"));
            }
            first = records.next();
        } catch (UncheckedIOException e) {
            throw failure(e);
        }
        for (int i = 0; i < first.getFieldCount(); i++) {
            header.putIfAbsent(normalise(first.getField(i)), i);
        }
        List<InputError> missing = java.util.Arrays.stream(requiredColumns)
                .filter(c -> !header.containsKey(normalise(c)))
                .map(c -> InputError.atLine(1, c, "csv.missingColumn", c, String.join(", ", requiredColumns)))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    private RuntimeException failure(UncheckedIOException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            return new InvalidInputException(InputError.atLine(lastLine + 1, "-", "csv.notUtf8"));
        }
        return e;
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    /** Semicolon when the header line has more semicolons than commas, else comma. */
    private static char detectSeparator(InputStream in) throws IOException {
        in.mark(1 << 15);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0, b; i < (1 << 15) && (b = in.read()) != -1 && b != '\n'; i++) {
            if (b == ',') {
                commas++;
            } else if (b == ';') {
                semicolons++;
            } else if (b == '\t') {
                tabs++;
            }
        }
        in.reset();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
