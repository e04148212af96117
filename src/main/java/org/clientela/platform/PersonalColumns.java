package org.clientela.platform;

import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.clientela.platform.PersonalDataAnonymiser.ErasedPerson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The columns of a module that hold a person's words, and what anonymising does to each: a module's
 * {@link PersonalDataAnonymiser} lists them once and lets this class count (dry run) or change them.
 * Each column is named with the condition that picks the person's rows, written with the parameter
 * {@code :customer} (e.g. {@code customer_id = :customer}).
 *
 * <p>Only rows that still hold something are counted and changed, so a second run changes nothing.
 * Table, column and condition come from the module's code, never from input.
 */
public final class PersonalColumns {

    private enum Treatment {
        /** The text becomes the marker (columns that must hold something). */
        MARKED,
        /** The text becomes {@code NULL}. */
        CLEARED,
        /** The rows go (they are nothing but the person's data, such as contacts or tags). */
        DELETED,
        /** Only the identifiers quoted inside the text become the marker (texts about several things). */
        SCRUBBED
    }

    private record Column(String table, String column, String rowsOf, Treatment treatment) {}

    private final String module;
    private final List<Column> columns = new ArrayList<>();

    private PersonalColumns(String module) {
        this.module = module;
    }

    /** The personal columns of {@code module}. */
    public static PersonalColumns of(String module) {
        return new PersonalColumns(module);
    }

    /** Columns of {@code table} whose text becomes the marker in the rows {@code rowsOf}. */
    public PersonalColumns marked(String table, String rowsOf, String... names) {
        return add(table, rowsOf, Treatment.MARKED, names);
    }

    /** Columns of {@code table} that become {@code NULL} in the rows {@code rowsOf}. */
    public PersonalColumns cleared(String table, String rowsOf, String... names) {
        return add(table, rowsOf, Treatment.CLEARED, names);
    }

    /** The rows {@code rowsOf} of {@code table} are removed. */
    public PersonalColumns deleted(String table, String rowsOf) {
        columns.add(new Column(table, "*", rowsOf, Treatment.DELETED));
        return this;
    }

    /**
     * Columns of {@code table} in which every quoted identifier of the person becomes the marker, in
     * the rows {@code rowsOf} ({@code TRUE} for all rows): texts that mention the person among other
     * things, such as the audit log.
     */
    public PersonalColumns scrubbed(String table, String rowsOf, String... names) {
        return add(table, rowsOf, Treatment.SCRUBBED, names);
    }

    private PersonalColumns add(String table, String rowsOf, Treatment treatment, String... names) {
        for (String name : names) {
            columns.add(new Column(table, name, rowsOf, treatment));
        }
        return this;
    }

    /** The tables named here. */
    public java.util.Set<String> tables() {
        return columns.stream()
                .map(Column::table)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Counts (when {@code dryRun}) or changes every column for {@code person}; answers the columns
     * with at least one row to change.
     */
    public List<Change> apply(JdbcClient jdbc, ErasedPerson person, boolean dryRun) {
        List<Change> changes = new ArrayList<>();
        for (Column column : columns) {
            long rows = column.treatment() == Treatment.SCRUBBED
                    ? scrub(jdbc, column, person, dryRun)
                    : change(jdbc, column, person, dryRun);
            if (rows > 0) {
                changes.add(new Change(module, column.table(), column.column(), rows));
            }
        }
        return changes;
    }

    private static long change(JdbcClient jdbc, Column column, ErasedPerson person, boolean dryRun) {
        String still = switch (column.treatment()) {
            case MARKED -> " AND " + column.column() + " IS NOT NULL AND " + column.column() + " <> :marker";
            case CLEARED -> " AND " + column.column() + " IS NOT NULL";
            default -> "";
        };
        String where = " WHERE (" + column.rowsOf() + ")" + still;
        if (dryRun) {
            return count(jdbc, column.table(), where, person, null);
        }
        String sql = switch (column.treatment()) {
            case MARKED -> "UPDATE " + column.table() + " SET " + column.column() + " = :marker" + where;
            case CLEARED -> "UPDATE " + column.table() + " SET " + column.column() + " = NULL" + where;
            default -> "DELETE FROM " + column.table() + where;
        };
        return bind(jdbc.sql(sql), person, null).update();
    }

    /** Rows with an identifier inside, each identifier replaced one after the other. */
    private static long scrub(JdbcClient jdbc, Column column, ErasedPerson person, boolean dryRun) {
        if (person.identifiers().isEmpty()) {
            return 0;
        }
        List<String> quoting = new ArrayList<>();
        for (int i = 0; i < person.identifiers().size(); i++) {
            quoting.add(column.column() + " LIKE :like" + i + " ESCAPE '\\'");
        }
        String where = " WHERE (" + column.rowsOf() + ") AND (" + String.join(" OR ", quoting) + ")";
        List<String> values = List.copyOf(person.identifiers());
        long rows = count(jdbc, column.table(), where, person, values);
        if (dryRun || rows == 0) {
            return rows;
        }
        for (int i = 0; i < values.size(); i++) {
            jdbc.sql("UPDATE " + column.table() + " SET " + column.column() + " = REPLACE(" + column.column()
                            + ", :value, :marker) WHERE (" + column.rowsOf() + ") AND " + column.column()
                            + " LIKE :like ESCAPE '\\'")
                    .param("customer", person.customerId())
                    .param("marker", person.marker())
                    .param("value", values.get(i))
                    .param("like", like(values.get(i)))
                    .update();
        }
        return rows;
    }

    private static long count(JdbcClient jdbc, String table, String where, ErasedPerson person, List<String> likes) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM " + table + where), person, likes)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, ErasedPerson person, List<String> likes) {
        JdbcClient.StatementSpec bound =
                statement.param("customer", person.customerId()).param("marker", person.marker());
        if (likes != null) {
            for (int i = 0; i < likes.size(); i++) {
                bound = bound.param("like" + i, like(likes.get(i)));
            }
        }
        return bound;
    }

    /** A LIKE pattern that finds {@code value} anywhere, its own {@code %}, {@code _} and {@code \} taken literally. */
    static String like(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
