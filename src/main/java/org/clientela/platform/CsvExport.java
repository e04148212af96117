package org.clientela.platform;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Writes a list as a CSV file that Excel and LibreOffice open correctly: UTF-8 with a byte order
 * mark (without it Excel shows "JosÃ©" for "José"), comma separated, CRLF line ends and RFC 4180
 * quoting. Rows go to the stream as they are written, so an export of millions of rows never sits
 * in memory.
 *
 * <p>Guards against CSV formula injection: a text cell that starts with {@code = + - @} (or a tab
 * or carriage return) is written with a leading single quote, so a spreadsheet shows it as text
 * instead of running it ({@code =HYPERLINK(...)} typed as a customer name). Cells that are plain
 * numbers ({@code -12.50}) are numbers, not formulas, and are written as they are. An importer
 * reading these files drops that one leading quote again.
 */
public final class CsvExport implements Closeable {

    /** The content type of every export. */
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final CsvWriter writer;

    private CsvExport(CsvWriter writer) {
        this.writer = writer;
    }

    /** Starts a file on {@code out} (which stays open) with its header row. */
    public static CsvExport start(OutputStream out, String... header) {
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvExport export = new CsvExport(CsvWriter.builder()
                .fieldSeparator(',')
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(out, StandardCharsets.UTF_8));
        export.row(header);
        return export;
    }

    /** One row; {@code null} cells are empty, text cells are guarded against formulas. */
    public void row(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = guard(cells[i]);
        }
        writer.writeRecord(safe);
    }

    /** The cell as it can be written safely: see the class comment. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** A content disposition that makes the browser save {@code fileName}. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }

    /** Sends what is still buffered; the underlying stream stays open. */
    @Override
    public void close() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
