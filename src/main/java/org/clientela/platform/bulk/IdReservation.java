package org.clientela.platform.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids taken from a PostgreSQL table's identity sequence before its rows are written, in one round
 * trip, so that rows written by {@code COPY} carry their ids and the writer need not look them up
 * again. Ids taken and not used are gaps, as after a rollback.
 */
public final class IdReservation {

    private final JdbcTemplate template;
    /** The identity sequence of each table, by table name: schema, the same for every instance. */
    private final Map<String, String> sequences = new ConcurrentHashMap<>();

    public IdReservation(JdbcTemplate template) {
        this.template = template;
    }

    /** {@code count} new ids for {@code table}, whose {@code id} column is an identity. */
    public long[] take(String table, int count) {
        if (count == 0) {
            return new long[0];
        }
        String sequence = sequences.computeIfAbsent(
                table, t -> template.queryForObject("SELECT pg_get_serial_sequence(?, 'id')", String.class, t));
        // the sequence's name as a literal, resolved once when the statement is planned: looking it
        // up from the table for every id (pg_get_serial_sequence searches pg_depend) was a large share
        // of the order import's database time
        List<Long> ids = template.queryForList(
                "SELECT nextval('" + sequence.replace("'", "''") + "') FROM generate_series(1, ?)", Long.class, count);
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** The columns with {@code id} first. */
    public static List<String> withIdColumn(List<String> columns) {
        List<String> all = new ArrayList<>(columns.size() + 1);
        all.add("id");
        all.addAll(columns);
        return all;
    }

    /** The rows, each with its id first. */
    public static List<Object[]> withIds(long[] ids, List<Object[]> rows) {
        List<Object[]> result = new ArrayList<>(rows.size());
        for (int i = 0; i < ids.length; i++) {
            Object[] row = rows.get(i);
            Object[] withId = new Object[row.length + 1];
            withId[0] = ids[i];
            System.arraycopy(row, 0, withId, 1, row.length);
            result.add(withId);
        }
        return result;
    }
}
