package org.clientela.platform.bulk;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drops a PostgreSQL table's secondary indexes, or its keys, for the rest of the current
 * transaction, and hands back what builds them again in one go: a first load of millions of rows
 * into an empty table is faster so, as {@code pg_restore} does it (figures in docs/benchmarks.md).
 * PostgreSQL changes its schema inside the transaction, so a rollback brings everything back.
 */
public final class DeferredSchema {

    private final JdbcTemplate template;

    public DeferredSchema(JdbcTemplate template) {
        this.template = template;
    }

    /**
     * Drops the non-unique indexes of {@code table} and returns what builds them again. The primary
     * key and unique indexes stay, so look-ups by key and uniqueness work throughout, and so do
     * foreign keys (dropping one would lock the referenced table too, even against readers). Until
     * the commit, other transactions that read or write {@code table} wait: the table is locked so
     * even when it has no index to drop.
     */
    public Runnable dropIndexes(String table) {
        List<String[]> indexes = template.query("""
                SELECT CAST(CAST(indexrelid AS regclass) AS text), pg_get_indexdef(indexrelid) FROM pg_index
                 WHERE indrelid = CAST(? AS regclass) AND NOT indisunique AND NOT indisprimary
                 ORDER BY 1""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] index : indexes) {
            template.execute("DROP INDEX " + index[0]);
        }
        if (indexes.isEmpty()) {
            template.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
        return () -> {
            roomToSort();
            for (String[] index : indexes) {
                template.execute(index[1]);
            }
        };
    }

    /**
     * Drops the primary key and unique constraints of {@code table} and returns what adds them
     * again, building each index from the sorted rows and checking in that pass that no two rows
     * share a key: only for a table the transaction holds locked and writes no row into that it
     * looks up by a key before the keys are back, which is what a first load into an empty table
     * does (less time and less WAL than keeping the keys up row by row). A table another one refers
     * to by a foreign key keeps its keys (dropping them fails).
     */
    public Runnable dropKeys(String table) {
        List<String[]> keys = template.query("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = CAST(? AS regclass) AND contype IN ('p', 'u')
                 ORDER BY contype, conname""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] key : keys) {
            template.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key[0]);
        }
        return () -> {
            roomToSort();
            for (String[] key : keys) {
                template.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + key[0] + " " + key[1]);
            }
        };
    }

    /**
     * Drops the foreign keys of {@code table} and returns what adds them again, checked in one join
     * instead of one look-up per row written: only for a first load into a table the transaction
     * holds locked, whose rows refer to rows the same load writes. Dropping a foreign key also
     * keeps other transactions from writing the table it refers to until the commit.
     */
    public Runnable dropForeignKeys(String table) {
        List<String[]> keys = template.query("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = CAST(? AS regclass) AND contype = 'f'
                 ORDER BY conname""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] key : keys) {
            template.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key[0]);
        }
        return () -> {
            for (String[] key : keys) {
                template.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + key[0] + " " + key[1]);
            }
        };
    }

    /** Building an index sorts the whole table: room for that in memory, for this transaction only. */
    private void roomToSort() {
        template.execute("SET LOCAL maintenance_work_mem = '256MB'");
    }
}
