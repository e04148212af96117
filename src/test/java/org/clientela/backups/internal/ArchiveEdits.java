package org.clientela.backups.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A copy of an archive with some entries changed, added or removed, as a damaged or hostile one would be. */
final class ArchiveEdits {

    final Map<String, byte[]> entries = new LinkedHashMap<>();

    ArchiveEdits(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
    }

    Manifest manifest() {
        return Manifest.fromJson(entries.get(Manifest.ENTRY));
    }

    ArchiveEdits manifest(UnaryOperator<Manifest> change) {
        entries.put(Manifest.ENTRY, change.apply(manifest()).toJson());
        return this;
    }

    /** Replaces an entry's bytes and, when {@code resign}, its checksum in the manifest too. */
    ArchiveEdits replace(String entry, byte[] bytes, boolean resign) throws Exception {
        entries.put(entry, bytes);
        if (resign) {
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            manifest(m -> new Manifest(
                    m.format(),
                    m.applicationVersion(),
                    m.database(),
                    m.createdAt(),
                    m.schema(),
                    m.tables().stream()
                            .map(t -> t.entry().equals(entry)
                                    ? new Manifest.Table(t.name(), t.entry(), t.rows(), sha)
                                    : t)
                            .toList(),
                    m.sequences()));
        }
        return this;
    }

    ArchiveEdits add(String entry, byte[] bytes) {
        entries.put(entry, bytes);
        return this;
    }

    ArchiveEdits remove(String entry) {
        entries.remove(entry);
        return this;
    }

    Path write(Path to) throws IOException {
        try (OutputStream out = Files.newOutputStream(to);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return to;
    }

    static Manifest withSchema(Manifest m, Map<String, String> schema) {
        return new Manifest(
                m.format(), m.applicationVersion(), m.database(), m.createdAt(), schema, m.tables(), m.sequences());
    }

    static List<String> names(Manifest m) {
        return m.tables().stream().map(Manifest.Table::name).toList();
    }
}
