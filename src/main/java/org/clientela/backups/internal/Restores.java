package org.clientela.backups.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ErasureJournal;
import org.clientela.platform.ExclusiveRuns;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restores an archive into the running database, whichever kind it is and whichever kind the
 * archive came from. In this order, and refused (with nothing changed) at the first step that fails:
 * the business name typed to confirm; the archive whole (manifest, entries, checksums); its schema
 * not newer than ours; its tables and columns ours. An archive of an older schema is first brought
 * up to ours ({@link OlderArchives}). Then a backup of the data as it stands and, in one
 * transaction, the replacement, every erasure made after the archive's moment applied again, and an
 * entry in the audit log.
 *
 * <p>Long because these steps are one ordered procedure on one connection and one transaction:
 * split, each part would have to hand the connection, the archive and the counters on.
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
    private final OlderArchives olderArchives;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    Restores(
            DataSource dataSource,
            Backups backups,
            BusinessSettings settings,
            ExclusiveRuns runs,
            ErasureJournal erasures,
            OlderArchives olderArchives,
            AuditLog audit,
            PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.backups = backups;
        this.settings = settings;
        this.runs = runs;
        this.erasures = erasures;
        this.olderArchives = olderArchives;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What a restore did (serialisable: the page carries it to the next page in the session).
     *
     * @param before      the backup taken of the data it replaced
     * @param rows        rows restored per table, parents first
     * @param reapplied   erasures made after the archive's moment, applied again
     * @param migratedFrom the modules whose schema in the archive was older than this version's, with
     *                    the archive's version ({@code -}: the archive had no such module), whose
     *                    migrations ran over the archive's rows before they were restored
     */
    public record Restored(
            long before,
            Instant archiveCreatedAt,
            Map<String, Long> rows,
            int reapplied,
            Map<String, String> migratedFrom)
            implements java.io.Serializable {

        public Restored {
            rows = new java.util.LinkedHashMap<>(rows);
            migratedFrom = new TreeMap<>(migratedFrom);
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
        Map<String, String> ours;
        Map<String, String> older;
        try (Connection connection = dataSource.getConnection()) {
            ours = SchemaVersions.of(connection);
            older = checkSchema(manifest, ours);
            if (older.isEmpty()) {
                ArchiveLoader.matchingTables(connection, manifest);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read this database's schema", e);
        }
        if (older.isEmpty()) {
            return replace(archive, createdAt, older);
        }
        log.info("The archive of {} is older than this version ({}): bringing it up to date", createdAt, older);
        Path upgraded = olderArchives.upgrade(archive);
        try (ArchiveReader current = ArchiveReader.open(upgraded)) {
            try (Connection connection = dataSource.getConnection()) {
                if (!checkSchema(current.manifest(), ours).isEmpty()) {
                    throw new DamagedArchive("it did not come up to this version's schema");
                }
                ArchiveLoader.matchingTables(connection, current.manifest());
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Cannot read this database's schema", e);
            }
            return replace(current, createdAt, older);
        } finally {
            Files.deleteIfExists(upgraded);
        }
    }

    /**
     * Backs up the data as it stands, then in one transaction replaces it with {@code archive}'s,
     * applies later erasures again and records the restore in the audit log: a restore that
     * commits always has its entry and its erasures, and one that fails (or a server that stops
     * midway) leaves the data, the log and the erasures as they were.
     */
    private Restored replace(ArchiveReader archive, Instant createdAt, Map<String, String> migratedFrom)
            throws IOException {
        BackupRecord before = backups.backUp(BackupReason.BEFORE_RESTORE);
        try {
            return transaction.execute(status -> {
                Connection connection = DataSourceUtils.getConnection(dataSource);
                Map<String, Long> rows;
                try {
                    long settingsVersion = settingsVersion(connection);
                    rows = ArchiveLoader.loadInTransaction(connection, archive);
                    moveSettingsVersionPast(connection, settingsVersion);
                } catch (SQLException e) {
                    throw new DataAccessResourceFailureException(
                            "Restore failed, nothing was changed: " + e.getMessage(), e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
                // The journal is not in the archive; its erasures join this transaction.
                List<ErasureJournal.Erasure> later = erasures.since(createdAt);
                later.forEach(erasures::reapply);
                Restored restored = new Restored(before.id(), createdAt, rows, later.size(), migratedFrom);
                record(restored);
                return restored;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The restore's entry in the audit log, written in its transaction after the load (which
     * replaced the log with the archive's): no personal data, only which archive, how many rows,
     * and where the data it replaced went.
     */
    private void record(Restored restored) {
        audit.record(
                "BACKUP_RESTORED",
                "backup",
                restored.before(),
                "Restored the archive of " + restored.archiveCreatedAt() + " (" + restored.totalRows() + " rows"
                        + (restored.migratedFrom().isEmpty() ? "" : ", brought up from " + restored.migratedFrom())
                        + "); the data before is backup " + restored.before() + "; " + restored.reapplied()
                        + " erasures applied again",
                null,
                null,
                restored.archiveCreatedAt().toString(),
                restored.totalRows(),
                restored.before(),
                restored.reapplied());
        log.info(
                "Restored an archive of {} ({} rows); the data before is backup {}; {} erasures applied again",
                restored.archiveCreatedAt(),
                restored.totalRows(),
                restored.before(),
                restored.reapplied());
    }

    /**
     * Refuses an archive of a newer schema (or of a module this version does not know); returns the
     * modules whose version in the archive is older than ours, with the archive's version ({@code -}
     * for a module the archive does not have), which a restore brings up to date first.
     */
    static Map<String, String> checkSchema(Manifest manifest, Map<String, String> ours) {
        List<String> newer;
        Map<String, String> older;
        try {
            newer = SchemaVersions.newer(manifest.schema(), ours);
            older = SchemaVersions.older(manifest.schema(), ours);
        } catch (FlywayException | IllegalArgumentException e) {
            throw new DamagedArchive("its schema versions are not versions: " + e.getMessage());
        }
        if (!newer.isEmpty()) {
            throw new BackupRefused(BackupRefused.Reason.NEWER_SCHEMA, String.join(", ", newer));
        }
        return older;
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
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "UPDATE business_settings_version SET version = GREATEST(version, " + before + ") + 1");
        }
    }
}
