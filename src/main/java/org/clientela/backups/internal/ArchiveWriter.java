package org.clientela.backups.internal;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the whole business into one ZIP: one entry per table ({@code tables/<name>.jsonl}: a header
 * line naming the columns and their portable types, then one JSON array per row, in primary-key
 * order) and {@code manifest.json} last, with each entry's rows and SHA-256. Rows stream from the
 * database (a fetch size, never a table in memory) into the ZIP; on PostgreSQL a table of numbers and
 * text only streams by {@code COPY} ({@link CopyOutRows}), into the same bytes.
 *
 * <p>The caller gives a connection whose transaction sees one moment of the database
 * ({@link DatabaseKind#beginSnapshot}), so a write committed while the backup runs is wholly out of it.
 */
final class ArchiveWriter {

    static final int FETCH_SIZE = 2_000;

    /** Told after each table is written (tests use it to write between two tables). */
    interface Progress {
        void tableWritten(String table, long rows);
    }

    private ArchiveWriter() {}

    static Manifest write(
            Connection connection, String applicationVersion, Instant moment, OutputStream out, Progress progress)
            throws SQLException, IOException {
        DatabaseKind kind = DatabaseKind.of(connection);
        Map<String, String> schema = SchemaVersions.of(connection);
        Map<String, TableShape> tables = BusinessTables.read(connection);
        Map<String, Long> sequences = kind.sequences(connection);
        List<Manifest.Table> entries = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // Fastest compression: a dump of JSON shrinks several times even so, and level 6 would make
        // the backup of a large business wait for the processor rather than the database.
        zip.setLevel(Deflater.BEST_SPEED);
        for (TableShape table : tables.values()) {
            entries.add(writeTable(connection, kind, table, zip));
            progress.tableWritten(table.name(), entries.get(entries.size() - 1).rows());
        }
        Manifest manifest = new Manifest(
                Manifest.FORMAT, applicationVersion, kind.name(), moment.toString(), schema, entries, sequences);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private static Manifest.Table writeTable(
            Connection connection, DatabaseKind kind, TableShape table, ZipOutputStream zip)
            throws SQLException, IOException {
        String entry = Manifest.entryOf(table.name());
        zip.putNextEntry(new ZipEntry(entry));
        MessageDigest digest = sha256();
        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(new DigestOutputStream(new Unclosed(zip), digest), StandardCharsets.UTF_8),
                1 << 16);
        writer.write(header(table));
        writer.write('\n');
        long rows = 0;
        if (kind == DatabaseKind.POSTGRESQL && CopyOutRows.carries(connection, table)) {
            rows = CopyOutRows.write(connection, select(kind, table), table.columns(), writer);
        } else {
            rows = writeRows(connection, kind, table, writer);
        }
        writer.flush();
        zip.closeEntry();
        return new Manifest.Table(table.name(), entry, rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static long writeRows(Connection connection, DatabaseKind kind, TableShape table, BufferedWriter writer)
            throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet result = statement.executeQuery(select(kind, table))) {
                List<TableShape.Column> columns = table.columns();
                JsonLine line = new JsonLine();
                while (result.next()) {
                    line.start();
                    for (int i = 0; i < columns.size(); i++) {
                        columns.get(i).type().write(result, i + 1, line);
                    }
                    writer.write(line.end());
                    writer.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    static String select(DatabaseKind kind, TableShape table) {
        String columns =
                table.columns().stream().map(c -> DatabaseKind.quote(c.name())).collect(Collectors.joining(", "));
        // Without a primary key every column orders the rows, so that equal data still dumps equally.
        List<TableShape.Column> order = table.primaryKey().isEmpty()
                ? table.columns()
                : table.primaryKey().stream()
                        .map(name -> table.columns().stream()
                                .filter(c -> c.name().equals(name))
                                .findFirst()
                                .orElseThrow())
                        .toList();
        return "SELECT " + columns + " FROM " + DatabaseKind.quote(table.name()) + " ORDER BY "
                + order.stream().map(kind::orderBy).collect(Collectors.joining(", "));
    }

    /** {@code {"table":"customer","columns":[{"name":"id","type":"BIGINT"},…]}} */
    static String header(TableShape table) {
        StringBuilder text = new StringBuilder("{\"table\":");
        JsonLine.quote(table.name(), text);
        text.append(",\"columns\":[");
        for (int i = 0; i < table.columns().size(); i++) {
            TableShape.Column column = table.columns().get(i);
            if (i > 0) {
                text.append(',');
            }
            text.append("{\"name\":");
            JsonLine.quote(column.name(), text);
            text.append(",\"type\":\"").append(column.type().name()).append("\"}");
        }
        return text.append("]}").toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ZIP stays open when one entry's writer is done with it. */
    private static final class Unclosed extends FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            try {
                flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
