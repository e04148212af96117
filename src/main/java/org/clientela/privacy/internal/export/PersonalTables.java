package org.clientela.privacy.internal.export;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables that refer to a person, read from the database's own description (JDBC metadata), so
 * a table a module adds tomorrow is found without a change here. A table refers to a person when
 * <ul>
 *   <li>it is one of the person tables themselves ({@code customer}, {@code contact}), or
 *   <li>one of its foreign keys points at a person table, or
 *   <li>it has a column named {@code customer_id} or {@code contact_id}, or ending in
 *       {@code _customer_id} or {@code _contact_id} (most modules keep a customer's id without a
 *       foreign key, since customers live in another module).
 * </ul>
 * Tables that only hang under such a table (an order's lines under the order) are not found by
 * this rule; the source of their parent writes them too and lists them in its tables.
 */
public final class PersonalTables {

    /** The tables that hold the people themselves. */
    public static final Set<String> PERSON_TABLES = Set.of("customer", "contact");

    /**
     * Tables that refer to a person but hold nothing about them that the export must give, each
     * with its reason. A table belongs here only when its rows are derived from other rows the
     * export already carries, or are not about the person at all.
     */
    public static final Map<String, String> NOT_PERSONAL = Map.of(
            "customer_search_term",
            "the words of the customer's own name, number and e-mail cut up for the search box: derived"
                    + " from customer.json and rebuilt from it, nothing more",
            "order_import_order",
            "a staging table of the order import, filled and emptied within one import run; the orders"
                    + " it brings in are exported from sales_order",
            "satisfaction_loyalty_score_next",
            "a staging table of the club's tier recomputation, filled and emptied within one run; the"
                    + " scores it brings in are exported from satisfaction_loyalty_score");

    private PersonalTables() {}

    /** Every table that refers to a person, by the rule above, with why (the column or key found). */
    public static Map<String, String> referringToAPerson(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, String> found = new TreeMap<>();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(catalog, schema, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String table : tables) {
            if (PERSON_TABLES.contains(table)) {
                found.put(table, "a person table");
                continue;
            }
            String why = personColumn(meta, catalog, schema, table);
            if (why == null) {
                why = personKey(meta, catalog, schema, table);
            }
            if (why != null) {
                found.put(table, why);
            }
        }
        return found;
    }

    private static String personColumn(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                // The table name is a pattern in which "_" matches any character.
                if (!table.equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
                    continue;
                }
                String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (isPersonColumn(column)) {
                    return "column " + column;
                }
            }
        }
        return null;
    }

    /** Whether a column of this name holds a person's id. */
    static boolean isPersonColumn(String column) {
        return column.equals("customer_id")
                || column.equals("contact_id")
                || column.endsWith("_customer_id")
                || column.endsWith("_contact_id");
    }

    private static String personKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet rows = meta.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String parent = rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (PERSON_TABLES.contains(parent)) {
                    return "foreign key to " + parent;
                }
            }
        }
        return null;
    }
}
