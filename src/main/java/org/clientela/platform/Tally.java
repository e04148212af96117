package org.clientela.platform;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A table of running sums: one row per key (a day and its groups), whose sum columns (all
 * {@code BIGINT}) grow as things happen, so that figures add up a few thousand rows instead of
 * counting millions. {@link #add} is one atomic statement per row, so two writers adding to the
 * same row at once both count: PostgreSQL's {@code INSERT … ON CONFLICT DO UPDATE}; on H2, which
 * has no such clause, a {@code MERGE} that locks the row it updates and, when another transaction
 * inserted the same new row meanwhile, fails on the key and is run again, then finding the row.
 *
 * @param table the table's name
 * @param keys the key columns, each as its name and SQL type ({@code "on_day DATE"}), in the order
 *     of the row values; together the table's primary key
 * @param sums the sum columns, in the order of the row values after the keys
 */
public record Tally(String table, List<String> keys, List<String> sums) {

    public Tally {
        keys = List.copyOf(keys);
        sums = List.copyOf(sums);
    }

    /**
     * Adds each row's sums to its key's row, creating the rows not there yet. Each row holds the
     * key values then the sums, in the order of {@link #keys} and {@link #sums}.
     */
    public void add(JdbcTemplate jdbc, DatabaseKind database, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (database.isPostgres()) {
            jdbc.batchUpdate(postgresAdd(), rows);
            return;
        }
        String merge = h2Add();
        for (Object[] row : rows) {
            try {
                jdbc.update(merge, row);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update(merge, row);
            }
        }
    }

    String postgresAdd() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns()) + ") VALUES ("
                + String.join(", ", columns().stream().map(c -> "?").toList()) + ") ON CONFLICT ("
                + String.join(", ", keyNames()) + ") DO UPDATE SET "
                + sums.stream()
                        .map(s -> s + " = " + table + "." + s + " + EXCLUDED." + s)
                        .collect(Collectors.joining(", "));
    }

    String h2Add() {
        List<String> typed = new java.util.ArrayList<>();
        keys.forEach(k -> typed.add("CAST(? AS " + type(k) + ") AS " + name(k)));
        sums.forEach(s -> typed.add("CAST(? AS BIGINT) AS " + s));
        return "MERGE INTO " + table + " t USING (SELECT " + String.join(", ", typed) + ") s ON "
                + keyNames().stream().map(k -> "t.%s = s.%s".formatted(k, k)).collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET "
                + sums.stream().map(s -> s + " = t." + s + " + s." + s).collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", columns()) + ") VALUES ("
                + columns().stream().map(c -> "s.%s".formatted(c)).collect(Collectors.joining(", ")) + ")";
    }

    private List<String> keyNames() {
        return keys.stream().map(Tally::name).toList();
    }

    private List<String> columns() {
        List<String> columns = new java.util.ArrayList<>(keyNames());
        columns.addAll(sums);
        return columns;
    }

    private static String name(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static String type(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }
}
