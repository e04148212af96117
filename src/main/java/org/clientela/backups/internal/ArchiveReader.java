package org.clientela.backups.internal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An archive opened for restoring, checked before anything is written: it is a ZIP, it has a
 * manifest, it holds exactly the entries the manifest names (a path that leaves its folder —
 * {@code ../x}, {@code /etc/x} — or any entry the manifest does not name is refused), and every
 * entry has the SHA-256 the manifest says. Entries are read from the ZIP as streams, never extracted
 * to disk.
 */
final class ArchiveReader implements Closeable {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ZipFile zip;
    private final Manifest manifest;

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and checks the archive at {@code path}. */
    static ArchiveReader open(Path path) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new DamagedArchive("it is not a ZIP file");
        }
        try {
            ArchiveReader archive = new ArchiveReader(zip, manifest(zip));
            archive.checkEntries();
            archive.checkSums();
            return archive;
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new DamagedArchive("it has no manifest.json");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Manifest.fromJson(in.readNBytes(16 << 20));
        }
    }

    private void checkEntries() {
        Set<String> named = new HashSet<>();
        for (Manifest.Table table : manifest.tables()) {
            if (table == null
                    || table.name() == null
                    || !TABLE_NAME.matcher(table.name()).matches()) {
                throw new DamagedArchive("the manifest names a table that is not a plain name");
            }
            if (!Manifest.entryOf(table.name()).equals(table.entry()) || table.sha256() == null) {
                throw new DamagedArchive(
                        "the manifest's entry for " + table.name() + " is not " + Manifest.entryOf(table.name()));
            }
            if (!named.add(table.entry())) {
                throw new DamagedArchive("the manifest names " + table.name() + " twice");
            }
        }
        Set<String> present = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.equals(Manifest.ENTRY)) {
                continue;
            }
            if (!named.contains(name)) {
                throw new DamagedArchive("it holds an entry the manifest does not name: " + printable(name));
            }
            if (!present.add(name)) {
                throw new DamagedArchive("it holds " + name + " twice");
            }
        }
        named.removeAll(present);
        if (!named.isEmpty()) {
            throw new DamagedArchive("entries named by the manifest are missing: " + named);
        }
    }

    private void checkSums() throws IOException {
        for (Manifest.Table table : manifest.tables()) {
            MessageDigest digest = ArchiveWriter.sha256();
            try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (ZipException e) {
                throw new DamagedArchive(table.entry() + " cannot be read: " + e.getMessage());
            }
            if (!HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(table.sha256())) {
                throw new DamagedArchive("the checksum of " + table.entry() + " does not match its manifest");
            }
        }
    }

    /** The rows of one table: its header's columns, then each row's values as {@link JsonLine#parse} gives them. */
    TableRows rows(String table) throws IOException {
        Manifest.Table entry = manifest.table(table);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(zip.getInputStream(zip.getEntry(entry.entry())), StandardCharsets.UTF_8),
                1 << 16);
        try {
            return new TableRows(reader, header(table, reader.readLine()));
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static List<Column> header(String table, String line) {
        if (line == null) {
            throw new DamagedArchive("tables/" + table + ".jsonl has no header");
        }
        try {
            JsonNode header = JSON.readTree(line);
            if (!table.equals(header.path("table").asString(null))
                    || !header.path("columns").isArray()) {
                throw new DamagedArchive("tables/" + table + ".jsonl does not start with its header");
            }
            List<Column> columns = new ArrayList<>();
            for (JsonNode column : header.path("columns")) {
                columns.add(new Column(
                        column.path("name").asString(""),
                        PortableType.valueOf(column.path("type").asString(""))));
            }
            return columns;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new DamagedArchive("the header of tables/" + table + ".jsonl is not JSON: " + e.getMessage());
        }
    }

    /** A column as the archive's header names it. */
    record Column(String name, PortableType type) {}

    /** The rows of one table entry, read one line at a time. */
    static final class TableRows implements Closeable {

        private final BufferedReader reader;
        private final List<Column> columns;

        TableRows(BufferedReader reader, List<Column> columns) {
            this.reader = reader;
            this.columns = columns;
        }

        List<Column> columns() {
            return columns;
        }

        /** The next row's values, or {@code null} after the last. */
        List<String> next() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            List<String> values = JsonLine.parse(line);
            if (values.size() != columns.size()) {
                throw new DamagedArchive("a row has " + values.size() + " values for " + columns.size() + " columns");
            }
            return values;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
