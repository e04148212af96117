package org.clientela.backups.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.clientela.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Takes backups: the whole business, as it stood at one moment, into an archive in the backups
 * folder, recorded in {@code backup}. The application keeps working meanwhile: the backup reads in a
 * read-only transaction that sees one moment of every table (see {@link DatabaseKind#beginSnapshot}).
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final BackupRecords records;
    private final BackupSettings settings;
    private final Clock clock;
    private final String applicationVersion;
    private volatile ArchiveWriter.Progress progress = (table, rows) -> {};

    Backups(
            DataSource dataSource,
            BackupRecords records,
            BackupSettings settings,
            Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.dataSource = dataSource;
        this.records = records;
        this.settings = settings;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.applicationVersion = properties != null ? properties.getVersion() : versionOfThePackage();
    }

    /** Backs the business up now, into a new archive; not verified yet (see {@link BackupVerifier}). */
    public BackupRecord backUp(BackupReason reason) {
        try {
            Files.createDirectories(settings.dir());
            Instant moment = clock.instant();
            String name = "clientela-" + FILE_TIME.format(moment) + "-"
                    + reason.name().toLowerCase(Locale.ROOT) + "-"
                    + HexFormat.of()
                            .toHexDigits((short) ThreadLocalRandom.current().nextInt()) + ".zip";
            Path part = settings.dir().resolve(name + ".part");
            Manifest manifest;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                manifest = write(moment, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Path file = settings.dir().resolve(name);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            BackupRecord backup = records.add(moment, name, Files.size(file), manifest.totalRows(), reason);
            log.info(
                    "Backup {} written: {} rows in {} tables, {} bytes",
                    name,
                    manifest.totalRows(),
                    manifest.tables().size(),
                    backup.sizeBytes());
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a backup into " + settings.dir(), e);
        }
    }

    /** Writes the business as it stands now into {@code out} as an archive; returns its manifest. */
    Manifest write(Instant moment, OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection);
            kind.beginSnapshot(connection);
            try {
                return ArchiveWriter.write(connection, applicationVersion, moment, out, progress);
            } finally {
                kind.endSnapshot(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Backup failed: " + e.getMessage(), e);
        }
    }

    /** Every backup, the latest first. */
    public java.util.List<BackupRecord> list() {
        return records.all();
    }

    /** When the latest verified backup was taken, if any was. */
    public java.util.Optional<Instant> lastVerifiedAt() {
        return records.lastVerifiedAt();
    }

    /** The archive of backup {@code id}. */
    public Path archive(long id) {
        BackupRecord backup = records.find(id).orElseThrow(() -> new NotFoundException("backup", id));
        return file(backup);
    }

    Path file(BackupRecord backup) {
        return settings.dir().resolve(backup.fileName());
    }

    String applicationVersion() {
        return applicationVersion;
    }

    /** For tests: told after each table is written, while the backup's transaction is open. */
    void onTableWritten(ArchiveWriter.Progress progress) {
        this.progress = progress == null ? (table, rows) -> {} : progress;
    }

    private static String versionOfThePackage() {
        String version = Backups.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
