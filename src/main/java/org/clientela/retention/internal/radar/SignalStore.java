package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.calls.CallPlan;
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
 * unique active key, should two runs ever overlap);</li>
 * <li>a finding whose active signal says the same (explanation, arguments, money at stake) is left
 * alone: not even its row is touched;</li>
 * <li>one whose signal says something else (the numbers moved) has the row updated in place,
 * keeping its id;</li>
 * <li>an active signal of the stretch that nothing found any more is closed, and the open call made
 * for that signal alone (before calls were per customer, {@link CallPlan}) with it as no longer
 * needed. LOW_ACTIVITY_PROBABILITY signals stay as they are when the run had no customer-base model
 * to judge them with.</li>
 * </ul>
 * So {@code last_seen} is the last time the radar <em>wrote</em> the signal (first found, or its
 * numbers changed); that every later run saw it too follows from its being still active
 * ({@link SignalBoard} reports it so). Signals explain a customer's risk; they no longer make calls:
 * {@link CallPlan} chooses those after the run. Callers hold the transaction.
 */
@Component
class SignalStore {

    static final TypeReference<List<String>> ARGS = new TypeReference<>() {};

    /** A finding about one customer, waiting to be written. */
    record Pending(long customerId, Finding finding) {}

    /** What writing one stretch did. */
    record Written(long found, long inserted, long updated, long closed) {

        static final Written NOTHING = new Written(0, 0, 0, 0);

        Written plus(Written other) {
            return new Written(
                    found + other.found, inserted + other.inserted, updated + other.updated, closed + other.closed);
        }
    }

    private record Key(long customerId, String kind, long categoryId) {}

    private record Active(long id, long customerId, SignalKind kind, String messageKey, String args, BigDecimal money) {

        boolean says(Finding finding, String findingArgs) {
            return messageKey.equals(finding.messageKey())
                    && args.equals(findingArgs)
                    && money.compareTo(finding.moneyAtStake()) == 0;
        }
    }

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SignalStore(JdbcTemplate template, JdbcClient jdbc, JsonMapper json) {
        this.template = template;
        this.jdbc = jdbc;
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
        for (Pending p : pending) {
            Finding f = p.finding();
            String args = json.writeValueAsString(f.args());
            Active signal = active.remove(new Key(p.customerId(), f.kind().name(), f.categoryId()));
            if (signal == null) {
                inserts.add(new Object[] {
                    p.customerId(),
                    f.kind().name(),
                    f.categoryId(),
                    f.messageKey(),
                    args,
                    f.moneyAtStake(),
                    at,
                    at,
                    runId,
                    runId
                });
                continue;
            }
            if (!signal.says(f, args)) {
                updates.add(new Object[] {f.messageKey(), args, f.moneyAtStake(), at, runId, signal.id()});
            }
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
            template.batchUpdate(
                    """
                    UPDATE retention_call_task SET status = 'NOT_NEEDED', open = NULL, closed_by = 'system',
                           closed_at = ?, version = version + 1 WHERE signal_id = ? AND open = 1""", closing.stream().map(c -> new Object[] {at, c[0]}).toList());
            template.batchUpdate(
                    "UPDATE retention_signal SET open = NULL, closed_at = ? WHERE id = ? AND open = 1",
                    closing.stream().map(c -> new Object[] {at, c[0]}).toList());
        }
        return new Written(pending.size(), inserts.size(), updates.size(), closing.size());
    }

    /**
     * The active signals of the customers in {@code (after, upTo]}, by their unique key, read along
     * the customer id index. Whether a signal is active is looked at here: with {@code open = 1} in
     * the query H2 walked every active signal of the business along the radar page's index for each
     * stretch (a re-run at a million customers was many times slower so: docs/benchmarks.md), where
     * the customer range reads a few hundred.
     */
    private Map<Key, Active> active(long after, long upTo) {
        Map<Key, Active> active = new HashMap<>();
        jdbc.sql("""
                SELECT id, customer_id, kind, category_id, message_key, message_args, money_at_stake, open
                  FROM retention_signal WHERE customer_id > :after AND customer_id <= :upTo""").param("after", after).param("upTo", upTo).query(rs -> {
            if (rs.getObject(8) == null) {
                return;
            }
            long id = rs.getLong(1);
            Active signal = new Active(
                    id,
                    rs.getLong(2),
                    SignalKind.valueOf(rs.getString(3)),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBigDecimal(7));
            active.put(new Key(signal.customerId(), signal.kind().name(), rs.getLong(4)), signal);
        });
        return active;
    }
}
