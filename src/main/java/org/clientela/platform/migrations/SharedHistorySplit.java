package org.clientela.platform.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.DatabaseKind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;

/**
 * Moves a database made when all modules shared one migration history ({@code flyway_schema_history},
 * versions {@code V<module>_<n>} run out of order) to one history per module. For each module without
 * a history of its own, every script of the module that the shared history records as applied — the
 * same description and the same checksum, so the same file under its new number — is written into the
 * module's new history; what the shared history lacks stays pending and runs as usual. The shared
 * table is then kept as {@code flyway_schema_history_before_modules}, for the record.
 *
 * <p>Runs once: afterwards there is no shared table. On PostgreSQL the move holds an advisory lock,
 * so of several instances starting together one moves and the others find it done.
 */
final class SharedHistorySplit {

    static final String KEPT_AS_SUFFIX = "_before_modules";
    private static final long LOCK = 0x636c69656e74L; // any fixed number; the same on every instance
    private static final Logger log = LoggerFactory.getLogger(SharedHistorySplit.class);

    private final Configuration configuration;

    SharedHistorySplit(Configuration configuration) {
        this.configuration = configuration;
    }

    void split(ApplicationModuleIdentifiers modules) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (!exists(connection, configuration.getTable())) {
                return;
            }
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            boolean postgres = DatabaseKind.isPostgres(connection);
            if (postgres) {
                jdbc.queryForList("SELECT pg_advisory_lock(" + LOCK + ")");
            }
            try {
                if (exists(connection, configuration.getTable())) {
                    move(connection, jdbc, modules);
                }
            } finally {
                if (postgres) {
                    jdbc.queryForList("SELECT pg_advisory_unlock(" + LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the shared migration history to the modules' histories", e);
        }
    }

    private void move(Connection connection, JdbcTemplate jdbc, ApplicationModuleIdentifiers modules)
            throws SQLException {
        String shared = configuration.getTable();
        Map<String, Applied> applied = new HashMap<>();
        jdbc.query(
                "SELECT description, checksum, installed_by, installed_on, execution_time FROM " + shared
                        + " WHERE success = TRUE AND version IS NOT NULL",
                row -> {
                    var migration = new Applied(
                            row.getString(1),
                            (Integer) row.getObject(2),
                            row.getString(3),
                            row.getTimestamp(4),
                            row.getInt(5));
                    applied.putIfAbsent(migration.key(), migration);
                });
        for (ApplicationModuleIdentifier module : modules) {
            moveModule(connection, jdbc, module, applied);
        }
        jdbc.execute("ALTER TABLE " + shared + " RENAME TO " + shared + KEPT_AS_SUFFIX);
        log.info(
                "The shared migration history is now one history per module; the old one is kept as {}{}",
                shared,
                KEPT_AS_SUFFIX);
    }

    private void moveModule(
            Connection connection, JdbcTemplate jdbc, ApplicationModuleIdentifier module, Map<String, Applied> applied)
            throws SQLException {
        String table = configuration.getTable() + "_" + module;
        var flyway = Flyway.configure()
                .configuration(configuration)
                .dataSource(new SingleConnectionDataSource(connection, true))
                .locations(java.util.Arrays.stream(configuration.getLocations())
                        .map(location -> location + "/" + module.toString().replace('.', '/'))
                        .toArray(String[]::new))
                .table(table)
                .baselineVersion("0")
                .baselineOnMigrate(true)
                .load();
        List<MigrationInfo> recorded = java.util.Arrays.stream(flyway.info().all())
                .filter(info -> info.getVersion() != null && info.getInstalledOn() == null)
                .filter(info -> applied.containsKey(Applied.key(info.getDescription(), info.getChecksum())))
                .toList();
        if (recorded.isEmpty() || exists(connection, table)) {
            return;
        }
        flyway.baseline();
        int rank = jdbc.queryForObject("SELECT MAX(installed_rank) FROM " + table, Integer.class);
        for (MigrationInfo info : recorded) {
            Applied was = applied.get(Applied.key(info.getDescription(), info.getChecksum()));
            jdbc.update(
                    "INSERT INTO " + table + " (installed_rank, version, description, type, script, checksum,"
                            + " installed_by, installed_on, execution_time, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)",
                    ++rank,
                    info.getVersion().getVersion(),
                    info.getDescription(),
                    info.getType().name(),
                    info.getScript(),
                    info.getChecksum(),
                    was.installedBy(),
                    was.installedOn(),
                    was.executionTime());
        }
        log.info("Module {}: {} migrations moved from the shared history to {}", module, recorded.size(), table);
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            if (tables.next()) {
                return true;
            }
        }
        try (var tables = connection.getMetaData().getTables(null, null, table.toUpperCase(), new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private record Applied(
            String description, Integer checksum, String installedBy, Timestamp installedOn, int executionTime) {

        String key() {
            return key(description, checksum);
        }

        static String key(String description, Integer checksum) {
            return description + "\u0000" + checksum;
        }
    }
}
