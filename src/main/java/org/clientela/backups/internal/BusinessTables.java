package org.clientela.backups.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables a backup carries, read from the database's own description (JDBC metadata), so that a
 * table a module adds tomorrow is carried without a change here. Left out, because they describe
 * this server and this moment rather than the business:
 * <ul>
 *   <li>the migration histories ({@code flyway_schema_history*}): the schema is made by the
 *       migrations of the version that restores; the archive's manifest records each module's version;
 *   <li>the HTTP sessions ({@code spring_session*}): a restored session would sign people in on
 *       another server, and they are Java-serialised bytes of this build;
 *   <li>{@code exclusive_run}: the leases of scheduled work held by the instances of this server;
 *   <li>{@code sign_in_address}: short locks against password guessing from an address;
 *   <li>{@code backup}: the list of archive files on this server's disk;
 *   <li>{@code privacy_erasure} and {@code privacy_prospect_erasure}: the erasure journals (of
 *       customers and of prospects), which a restore reads to apply again the erasures made after
 *       the archive's moment: an older journal restored with the older data would forget them.
 * </ul>
 */
final class BusinessTables {

    private static final Set<String> LEFT_OUT =
            Set.of("exclusive_run", "sign_in_address", "backup", "privacy_erasure", "privacy_prospect_erasure");
    private static final List<String> LEFT_OUT_PREFIXES = List.of("flyway_schema_history", "spring_session");

    private BusinessTables() {}

    static boolean carried(String table) {
        return !LEFT_OUT.contains(table) && LEFT_OUT_PREFIXES.stream().noneMatch(table::startsWith);
    }

    /** The carried tables by name. */
    static Map<String, TableShape> read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> names = new TreeSet<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", null)) {
            while (tables.next()) {
                String type = tables.getString("TABLE_TYPE");
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && carried(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, TableShape> shapes = new TreeMap<>();
        for (String name : names) {
            shapes.put(name, shape(meta, connection.getCatalog(), schema, name));
        }
        return shapes;
    }

    private static TableShape shape(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<TableShape.Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                // The name is a pattern in which "_" matches any character.
                if (!table.equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
                    continue;
                }
                columns.add(new TableShape.Column(
                        rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        PortableType.of(rows.getInt("DATA_TYPE"), rows.getString("TYPE_NAME")),
                        rows.getInt("DATA_TYPE"),
                        "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<String> parents = new HashSet<>();
        try (ResultSet rows = meta.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(table)) {
                    parents.add(parent);
                }
            }
        }
        return new TableShape(table, columns, new ArrayList<>(key.values()), parents);
    }

    /**
     * The tables with every table after the tables its foreign keys point at: the order rows are
     * inserted in (and, reversed, the order tables are emptied in).
     */
    static List<TableShape> parentsFirst(Map<String, TableShape> tables) {
        Map<String, TableShape> ordered = new LinkedHashMap<>();
        Set<String> visiting = new HashSet<>();
        for (TableShape table : tables.values()) {
            visit(table, tables, ordered, visiting);
        }
        return List.copyOf(ordered.values());
    }

    private static void visit(
            TableShape table, Map<String, TableShape> tables, Map<String, TableShape> ordered, Set<String> visiting) {
        if (ordered.containsKey(table.name())) {
            return;
        }
        if (!visiting.add(table.name())) {
            throw new IllegalStateException("Foreign keys go round in a circle through " + table.name());
        }
        for (String parent : new TreeSet<>(table.parents())) {
            TableShape shape = tables.get(parent);
            if (shape != null) {
                visit(shape, tables, ordered, visiting);
            }
        }
        visiting.remove(table.name());
        ordered.put(table.name(), table);
    }
}
