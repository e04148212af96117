package org.clientela.retention.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clientela.customers.CustomerOwners;
import org.clientela.retention.SignalKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the signals of a stretch of customers in step with what a radar run found about them, so
 * that running the radar again on the same data writes nothing at all. The run hands over the
 * customers in ascending id order, a stretch {@code (after, upTo]} at a time; the stretch's active
 * signals are read once and compared with the findings:
 * <ul>
 * <li>a finding with no active signal is inserted ({@code ON CONFLICT DO NOTHING} against the
 * unique active key, should two runs ever overlap) and gets a call task for the customer's owner
 * ({@code ON CONFLICT DO NOTHING} against one task per signal);</li>
 * <li>a finding whose active signal says the same (explanation, arguments, money at stake) is left
 * alone: not even its row is touched;</li>
 * <li>one whose signal says something else (the numbers moved) has the row updated in place,
 * keeping its id and its task;</li>
 * <li>an active signal of the stretch that nothing found any more is closed, and its open call
 * task with it as no longer needed. LOW_ACTIVITY_PROBABILITY signals stay as they are when the
 * run had no customer-base model to judge them with.</li>
 * </ul>
 * So {@code last_seen} is the last time the radar <em>wrote</em> the signal (first found, or its
 * numbers changed); that every later run saw it too follows from its being still active
 * ({@link SignalBoard} reports it so). Callers hold the transaction.
 */
@Component
class SignalStore {

    static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };

    /** A finding about one customer, waiting to be written. */
    record Pending(long customerId, Finding finding) {
    }

    /** What writing one stretch did. */
    record Written(long found, long inserted, long updated, long closed, long tasks) {

        static final Written NOTHING = new Written(0, 0, 0, 0, 0);

        Written plus(Written other) {
            return new Written(found + other.found, inserted + other.inserted, updated + other.updated,
                    closed + other.closed, tasks + other.tasks);
        }
    }

    private record Key(long customerId, String kind, long categoryId) {
    }

    private record Active(long id, long customerId, SignalKind kind, String messageKey, String args,
            BigDecimal money, boolean tasked) {

        boolean says(Finding finding, String findingArgs) {
            return messageKey.equals(finding.messageKey()) && args.equals(findingArgs)
                    && money.compareTo(finding.moneyAtStake()) == 0;
        }
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
     * Brings the active signals of the customers with ids in {@code (after, upTo]} in line with
     * {@code pending}, everything run {@code runId} found about them.
     *
     * @param modelUsed whether the run judged LOW_ACTIVITY_PROBABILITY (else those signals stay)
     */
    Written write(long runId, long after, long upTo, List<Pending> pending, boolean modelUsed, Instant now) {
        Timestamp at = Timestamp.from(now);
        Map<Key, Active> active = active(after, upTo);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        boolean toTask = false;
        for (Pending p : pending) {
            Finding f = p.finding();
            String args = json.writeValueAsString(f.args());
            Active signal = active.remove(new Key(p.customerId(), f.kind().name(), f.categoryId()));
            if (signal == null) {
                inserts.add(new Object[] {p.customerId(), f.kind().name(), f.categoryId(), f.messageKey(), args,
                        f.moneyAtStake(), at, at, runId, runId});
                toTask = true;
                continue;
            }
            if (!signal.says(f, args)) {
                updates.add(new Object[] {f.messageKey(), args, f.moneyAtStake(), at, runId, signal.id()});
            }
            toTask |= !signal.tasked();
        }
        List<Object[]> closing = new ArrayList<>();
        for (Active signal : active.values()) {
            if (modelUsed || signal.kind() != SignalKind.LOW_ACTIVITY_PROBABILITY) {
                closing.add(new Object[] {signal.id()});
            }
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("""
                    UPDATE retention_signal SET message_key = ?, message_args = ?, money_at_stake = ?, last_seen = ?,
                           last_run_id = ? WHERE id = ?""", updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO retention_signal (customer_id, kind, category_id, message_key, message_args,
                           money_at_stake, first_seen, last_seen, first_run_id, last_run_id, open)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""", inserts);
        }
        if (!closing.isEmpty()) {
            template.batchUpdate("""
                    UPDATE retention_call_task SET status = 'NOT_NEEDED', closed_by = 'system', closed_at = ?,
                           version = version + 1 WHERE signal_id = ? AND status = 'OPEN'""",
                    closing.stream().map(c -> new Object[] {at, c[0]}).toList());
            template.batchUpdate("UPDATE retention_signal SET open = NULL, closed_at = ? WHERE id = ? AND open = 1",
                    closing.stream().map(c -> new Object[] {at, c[0]}).toList());
        }
        long tasks = toTask ? createTasks(after, upTo, at) : 0;
        return new Written(pending.size(), inserts.size(), updates.size(), closing.size(), tasks);
    }

    /**
     * The active signals of the customers in {@code (after, upTo]}, by their unique key, and whether
     * each has its call task. Two range reads along the customer id indexes, joined here: a join in
     * SQL let the planner pick a hash join over every task while the tables were filling. Whether a
     * signal is active is looked at here too: with {@code open = 1} in the query H2 walked every
     * active signal of the business along the radar page's index for each stretch (a re-run at a
     * million customers spent 73 s so), where the customer range reads a few hundred.
     */
    private Map<Key, Active> active(long after, long upTo) {
        Set<Long> tasked = tasked(after, upTo);
        Map<Key, Active> active = new HashMap<>();
        jdbc.sql("""
                SELECT id, customer_id, kind, category_id, message_key, message_args, money_at_stake, open
                  FROM retention_signal WHERE customer_id > :after AND customer_id <= :upTo""")
                .param("after", after).param("upTo", upTo)
                .query(rs -> {
                    if (rs.getObject(8) == null) {
                        return;
                    }
                    long id = rs.getLong(1);
                    Active signal = new Active(id, rs.getLong(2), SignalKind.valueOf(rs.getString(3)),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7), tasked.contains(id));
                    active.put(new Key(signal.customerId(), signal.kind().name(), rs.getLong(4)), signal);
                });
        return active;
    }

    /** Ids of the signals of customers in {@code (after, upTo]} that have a call task. */
    private Set<Long> tasked(long after, long upTo) {
        Set<Long> tasked = new HashSet<>();
        jdbc.sql("SELECT signal_id FROM retention_call_task WHERE customer_id > :after AND customer_id <= :upTo")
                .param("after", after).param("upTo", upTo)
                .query(rs -> {
                    tasked.add(rs.getLong(1));
                });
        return tasked;
    }

    /**
     * Gives each active signal of the customers in {@code (after, upTo]} that has no call task one
     * for the customer's owner.
     */
    private long createTasks(long after, long upTo, Timestamp at) {
        Set<Long> tasked = tasked(after, upTo);
        List<long[]> untasked = new ArrayList<>();
        jdbc.sql("SELECT id, customer_id, open FROM retention_signal WHERE customer_id > :after AND customer_id <= :upTo")
                .param("after", after).param("upTo", upTo)
                .query(rs -> {
                    if (rs.getObject(3) != null && !tasked.contains(rs.getLong(1))) {
                        untasked.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                });
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
}
