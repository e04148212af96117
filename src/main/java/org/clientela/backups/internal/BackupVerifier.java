package org.clientela.backups.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A backup is verified by doing what a restore would: its archive is restored into a scratch
 * database with the application's schema (an embedded H2 whatever the running database is), then
 * that database is backed up in turn, and every table must come out with the same rows and the same
 * SHA-256 as the archive says. Only then is the backup marked verified.
 */
@Component
class BackupVerifier {

    private static final Logger log = LoggerFactory.getLogger(BackupVerifier.class);

    private final Backups backups;
    private final BackupRecords records;
    private final ScratchDatabase scratch;
    private final BackupSettings settings;
    private final Clock clock;

    BackupVerifier(
            Backups backups, BackupRecords records, ScratchDatabase scratch, BackupSettings settings, Clock clock) {
        this.backups = backups;
        this.records = records;
        this.scratch = scratch;
        this.settings = settings;
        this.clock = clock;
    }

    /** Verifies {@code backup}; returns whether it restored to the same rows and checksums. */
    boolean verify(BackupRecord backup) {
        Path folder = settings.dir().resolve("scratch-" + backup.id());
        try (ScratchDatabase.H2 h2 = scratch.h2(folder)) {
            List<String> differences = differences(backups.file(backup), h2.dataSource());
            if (differences.isEmpty()) {
                records.markVerified(backup.id(), clock.instant());
                return true;
            }
            log.error("Backup {} did not restore to the same data: {}", backup.fileName(), differences);
            return false;
        } catch (RuntimeException e) {
            log.error("Backup {} could not be verified", backup.fileName(), e);
            return false;
        } finally {
            if (Files.exists(folder)) {
                log.warn("Scratch database {} was left behind", folder);
            }
        }
    }

    /**
     * Restores {@code archive} into {@code target} (an empty database with the schema), backs that up
     * and lists every table whose rows or checksum differ from the archive's manifest.
     */
    static List<String> differences(Path archive, DataSource target) {
        try (ArchiveReader reader = ArchiveReader.open(archive);
                Connection connection = target.getConnection()) {
            ArchiveLoader.load(connection, reader);
            Manifest original = reader.manifest();
            DatabaseKind kind = DatabaseKind.of(connection);
            kind.beginSnapshot(connection);
            Manifest again;
            try {
                again = ArchiveWriter.write(
                        connection,
                        original.applicationVersion(),
                        Instant.parse(original.createdAt()),
                        OutputStream.nullOutputStream(),
                        (table, rows) -> {});
            } finally {
                kind.endSnapshot(connection);
            }
            List<String> differences = new ArrayList<>();
            for (Manifest.Table table : original.tables()) {
                Manifest.Table restored = again.table(table.name());
                if (restored == null
                        || restored.rows() != table.rows()
                        || !restored.sha256().equals(table.sha256())) {
                    differences.add(table.name());
                }
            }
            if (!again.sequences().equals(original.sequences())) {
                differences.add("sequences " + original.sequences() + " became " + again.sequences());
            }
            return differences;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot restore " + archive + " into the scratch database", e);
        }
    }
}
