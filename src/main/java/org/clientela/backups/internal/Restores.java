package org.clientela.backups.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ErasureJournal;
import org.clientela.platform.ExclusiveRuns;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Restores an archive into the running database, whichever kind it is and whichever kind the
 * archive came from. In this order, and refused (with nothing changed) at the first step that fails:
 * the business name typed to confirm; the archive whole (manifest, entries, checksums); its schema
 * neither newer nor older than ours; its tables and columns ours. Then a backup of the data as it
 * stands, the replacement in one transaction, and every erasure made after the archive's moment
 * applied again.
 */
@Service
public class Restores {

    /** The setting that holds the business's name (the letterhead). */
    static final String BUSINESS_NAME = "business.name";

    private static final Logger log = LoggerFactory.getLogger(Restores.class);

    private final DataSource dataSource;
    private final Backups backups;
    private final BusinessSettings settings;
    private final ExclusiveRuns runs;
    private final ErasureJournal erasures;

    Restores(
            DataSource dataSource,
            Backups backups,
            BusinessSettings settings,
            ExclusiveRuns runs,
            ErasureJournal erasures) {
        this.dataSource = dataSource;
        this.backups = backups;
        this.settings = settings;
        this.runs = runs;
        this.erasures = erasures;
    }

    /**
     * What a restore did (serialisable: the page carries it to the next page in the session).
     *
     * @param before      the backup taken of the data it replaced
     * @param rows        rows restored per table, parents first
     * @param reapplied   erasures made after the archive's moment, applied again
     */
    public record Restored(long before, Instant archiveCreatedAt, Map<String, Long> rows, int reapplied)
            implements java.io.Serializable {

        public Restored {
            rows = new java.util.LinkedHashMap<>(rows);
        }

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Restores the archive at {@code archive}, once {@code confirmedName} is this business's name. */
    public Restored restore(Path archive, String confirmedName) {
        if (!isBusinessName(confirmedName)) {
            throw new BackupRefused(BackupRefused.Reason.WRONG_BUSINESS, "");
        }
        AtomicReference<Restored> done = new AtomicReference<>();
        boolean ran = runs.runExclusively("backups.restore", Duration.ofHours(6), () -> {
            try (ArchiveReader reader = ArchiveReader.open(archive)) {
                done.set(restore(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!ran) {
            throw new BackupRefused(BackupRefused.Reason.BUSY, "restore");
        }
        return done.get();
    }

    private Restored restore(ArchiveReader archive) throws IOException {
        Manifest manifest = archive.manifest();
        Instant createdAt = moment(manifest);
        try (Connection connection = dataSource.getConnection()) {
            checkSchema(manifest, SchemaVersions.of(connection));
            ArchiveLoader.matchingTables(connection, manifest);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read this database's schema", e);
        }
        BackupRecord before = backups.backUp(BackupReason.BEFORE_RESTORE);
        Map<String, Long> rows;
        try (Connection connection = dataSource.getConnection()) {
            long settingsVersion = settingsVersion(connection);
            connection.setAutoCommit(false);
            rows = ArchiveLoader.load(connection, archive);
            moveSettingsVersionPast(connection, settingsVersion);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Restore failed, nothing was changed: " + e.getMessage(), e);
        }
        List<ErasureJournal.Erasure> later = erasures.since(createdAt);
        later.forEach(erasures::reapply);
        log.info(
                "Restored an archive of {} ({} rows); the data before is backup {}; {} erasures applied again",
                manifest.createdAt(),
                rows.values().stream().mapToLong(Long::longValue).sum(),
                before.id(),
                later.size());
        return new Restored(before.id(), createdAt, rows, later.size());
    }

    static void checkSchema(Manifest manifest, Map<String, String> ours) {
        List<String> newer;
        List<String> older;
        try {
            newer = SchemaVersions.newer(manifest.schema(), ours);
            older = SchemaVersions.older(manifest.schema(), ours);
        } catch (FlywayException | IllegalArgumentException e) {
            throw new DamagedArchive("its schema versions are not versions: " + e.getMessage());
        }
        if (!newer.isEmpty()) {
            throw new BackupRefused(BackupRefused.Reason.NEWER_SCHEMA, String.join(", ", newer));
        }
        if (!older.isEmpty()) {
            throw new BackupRefused(BackupRefused.Reason.OLDER_SCHEMA, String.join(", ", older));
        }
    }

    /** Whether {@code typed} is this business's name (the settings page's), ignoring case and outer spaces. */
    public boolean isBusinessName(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String name = settings.value(BUSINESS_NAME).strip();
        return name.toLowerCase(Locale.ROOT).equals(typed.strip().toLowerCase(Locale.ROOT));
    }

    private static Instant moment(Manifest manifest) {
        try {
            return Instant.parse(manifest.createdAt());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new DamagedArchive("its manifest has no moment");
        }
    }

    private static long settingsVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT MAX(version) FROM business_settings_version")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /**
     * Every instance keeps the settings with the version it read them at and reads them again only
     * when the version moves; the restored version may be one an instance already saw with other
     * values, so it is moved past both.
     */
    private static void moveSettingsVersionPast(Connection connection, long before) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE business_settings_version SET version = GREATEST(version, " + before + ") + 1");
        }
    }
}
