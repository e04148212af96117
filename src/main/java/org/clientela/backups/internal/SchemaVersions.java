package org.clientela.backups.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Each module's schema version: the last successful migration in its own history table,
 * {@code flyway_schema_history_<module>}. An archive records them; a restore compares them with the
 * running database's, which the running version of Clientela has just migrated to its own.
 */
final class SchemaVersions {

    private static final String PREFIX = "flyway_schema_history_";

    private SchemaVersions() {}

    static Map<String, String> of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> histories = new ArrayList<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "flyway%", null)) {
            while (tables.next()) {
                String type = tables.getString("TABLE_TYPE");
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (("TABLE".equals(type) || "BASE TABLE".equals(type))
                        && name.startsWith(PREFIX)
                        && !name.equals(PREFIX + "before_modules")) {
                    histories.add(name);
                }
            }
        }
        Map<String, String> versions = new TreeMap<>();
        for (String history : histories) {
            MigrationVersion last = null;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT version FROM " + DatabaseKind.quote(history)
                            + " WHERE success = TRUE AND version IS NOT NULL")) {
                while (rows.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    if (last == null || version.compareTo(last) > 0) {
                        last = version;
                    }
                }
            }
            if (last != null) {
                versions.put(history.substring(PREFIX.length()), last.getVersion());
            }
        }
        return versions;
    }

    /** Modules whose version in {@code archive} is newer than {@code ours}, or that we do not know. */
    static List<String> newer(Map<String, String> archive, Map<String, String> ours) {
        return archive.entrySet().stream()
                .filter(e -> !ours.containsKey(e.getKey()) || compare(e.getValue(), ours.get(e.getKey())) > 0)
                .map(e -> e.getKey() + " " + e.getValue() + " > " + ours.getOrDefault(e.getKey(), "-"))
                .toList();
    }

    /**
     * Modules whose version in {@code archive} is older than {@code ours}, or missing from it, with
     * the archive's version ({@code -} when missing).
     */
    static Map<String, String> older(Map<String, String> archive, Map<String, String> ours) {
        Map<String, String> older = new TreeMap<>();
        ours.forEach((module, version) -> {
            if (!archive.containsKey(module) || compare(archive.get(module), version) < 0) {
                older.put(module, archive.getOrDefault(module, "-"));
            }
        });
        return older;
    }

    private static int compare(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }

    static String moduleOf(String history) {
        return history.toLowerCase(Locale.ROOT).substring(PREFIX.length());
    }
}
