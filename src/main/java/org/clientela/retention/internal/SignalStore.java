package org.clientela.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.clientela.customers.CustomerOwners;
import org.clientela.retention.SignalKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what a radar run found, a batch of customers at a time, so that running the radar again
 * on the same data changes nothing but the "last seen" time: a signal still firing keeps its row
 * (and its task), a new one is inserted with {@code ON CONFLICT DO NOTHING} against the unique
 * active key, and its call task with {@code ON CONFLICT DO NOTHING} against one task per signal.
 * Callers hold the transaction.
 */
@Component
class SignalStore {

    static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };

    /** A finding about one customer, waiting to be written. */
    record Pending(long customerId, Finding finding) {
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final CustomerOwners owners;
    private final JsonMapper json;

    SignalStore(JdbcTemplate template, JdbcClient jdbc, CustomerOwners owners, JsonMapper json) {
        this.template = template;
        this.jdbc = jdbc;
        this.owners = owners;
        this.json = json;
    }

    /**
     * Marks the findings as seen in run {@code runId}, inserting those not active yet, and gives
     * each active signal of these customers that has no call task one for the customer's owner.
     *
     * @return the call tasks created
     */
    long write(long runId, Collection<Long> customers, List<Pending> pending, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            Finding f = p.finding();
            rows.add(new Object[] {f.messageKey(), json.writeValueAsString(f.args()), f.moneyAtStake(), at, runId,
                    p.customerId(), f.kind().name(), f.categoryId()});
        }
        int[][] updated = template.batchUpdate("""
                UPDATE retention_signal SET message_key = ?, message_args = ?, money_at_stake = ?, last_seen = ?,
                       last_run_id = ? WHERE customer_id = ? AND kind = ? AND category_id = ? AND open = 1""",
                rows, 500, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        List<Object[]> fresh = new ArrayList<>();
        int index = 0;
        for (int[] batch : updated) {
            for (int count : batch) {
                if (count == 0) {
                    Object[] row = rows.get(index);
                    fresh.add(new Object[] {row[5], row[6], row[7], row[0], row[1], row[2], at, at, runId, runId});
                }
                index++;
            }
        }
        if (!fresh.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO retention_signal (customer_id, kind, category_id, message_key, message_args,
                           money_at_stake, first_seen, last_seen, first_run_id, last_run_id, open)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""", fresh);
        }
        return createTasks(customers, at);
    }

    private long createTasks(Collection<Long> customers, Timestamp at) {
        if (customers.isEmpty()) {
            return 0;
        }
        List<long[]> untasked = jdbc.sql("""
                SELECT s.id, s.customer_id FROM retention_signal s
                 WHERE s.customer_id IN (:customers) AND s.open = 1
                   AND NOT EXISTS (SELECT 1 FROM retention_call_task t WHERE t.signal_id = s.id)""")
                .param("customers", customers)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        if (untasked.isEmpty()) {
            return 0;
        }
        Map<Long, String> ownerOf = owners.ownersOf(untasked.stream().map(s -> s[1]).toList());
        List<Object[]> tasks = untasked.stream()
                .map(s -> new Object[] {s[0], s[1], ownerOf.get(s[1]), at})
                .toList();
        template.batchUpdate("""
                INSERT INTO retention_call_task (signal_id, customer_id, owner_username, status, created_at)
                VALUES (?, ?, ?, 'OPEN', ?) ON CONFLICT DO NOTHING""", tasks);
        return tasks.size();
    }

    /**
     * Closes the active signals that run {@code runId} did not see again, and their open call
     * tasks as no longer needed. LOW_ACTIVITY_PROBABILITY signals stay as they are when the run had
     * no customer-base model to judge them with.
     *
     * @return the signals closed
     */
    long closeUnseen(long runId, boolean modelUsed, Instant now) {
        String kinds = modelUsed ? "" : " AND kind <> '" + SignalKind.LOW_ACTIVITY_PROBABILITY.name() + "'";
        Timestamp at = Timestamp.from(now);
        jdbc.sql("""
                UPDATE retention_call_task SET status = 'NOT_NEEDED', closed_by = 'system', closed_at = :now,
                       version = version + 1
                 WHERE status = 'OPEN' AND signal_id IN
                       (SELECT id FROM retention_signal WHERE open = 1 AND last_run_id <> :run""" + kinds + ")")
                .param("now", at).param("run", runId)
                .update();
        return jdbc.sql("UPDATE retention_signal SET open = NULL, closed_at = :now WHERE open = 1 AND last_run_id <> :run"
                        + kinds)
                .param("now", at).param("run", runId)
                .update();
    }

    /** Signals active after run {@code runId}, and of those the ones it found first. */
    long[] counts(long runId) {
        return jdbc.sql("""
                SELECT COUNT(*), SUM(CASE WHEN first_run_id = :run THEN 1 ELSE 0 END) FROM retention_signal
                 WHERE open = 1 AND last_run_id = :run""")
                .param("run", runId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }
}
