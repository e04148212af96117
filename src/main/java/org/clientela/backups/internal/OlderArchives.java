package org.clientela.backups.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.api.FlywayException;
import org.springframework.stereotype.Component;

/**
 * Brings an archive made by an older version of Clientela up to this version's schema, the way
 * updating that older installation would: its rows are restored into a scratch H2 database made only
 * up to the archive's version of each module (Flyway's {@code target}), the remaining migrations run
 * over them (new columns get their defaults, data migrations rewrite what they rewrite), and that
 * database is written out as an archive of this version, which a restore then loads like any other.
 * It is done in H2 whatever the running database is, because the archive format is the same for
 * both and the scratch database must not touch the running one; it costs a second pass over the data,
 * which only such a restore pays.
 */
@Component
class OlderArchives {

    private final ScratchDatabase scratch;
    private final BackupSettings settings;

    OlderArchives(ScratchDatabase scratch, BackupSettings settings) {
        this.scratch = scratch;
        this.settings = settings;
    }

    /**
     * Writes {@code older}'s data, migrated to this version's schema, into a new archive in the
     * backups folder, and returns its path; the caller deletes it. The new archive keeps the older
     * one's moment and application version, so erasures made since are found as for the original.
     *
     * @throws DamagedArchive when the rows do not fit the schema of the versions the manifest names,
     *     or a migration refuses them
     */
    Path upgrade(ArchiveReader older) throws IOException {
        Manifest manifest = older.manifest();
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Files.createDirectories(settings.dir());
        Path folder = settings.dir().resolve("scratch-upgrade-" + id);
        Path upgraded = settings.dir().resolve("upgrade-" + id + ".zip.part");
        try (ScratchDatabase.H2 h2 = scratch.emptyH2(folder);
                Connection connection = h2.dataSource().getConnection()) {
            try {
                scratch.migrate(h2.dataSource(), manifest.schema());
                ArchiveLoader.load(connection, older);
                scratch.migrate(h2.dataSource());
            } catch (FlywayException e) {
                throw new DamagedArchive("it cannot be brought up to this version: " + e.getMessage());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(upgraded), 1 << 16)) {
                ArchiveWriter.write(
                        connection,
                        manifest.applicationVersion(),
                        Instant.parse(manifest.createdAt()),
                        out,
                        (table, rows) -> {});
            }
            return upgraded;
        } catch (SQLException e) {
            Files.deleteIfExists(upgraded);
            throw new DamagedArchive("it cannot be brought up to this version: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upgraded);
            throw e;
        }
    }
}
