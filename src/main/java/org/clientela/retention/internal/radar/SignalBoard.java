package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.platform.Slice;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.SignalKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active signals, most money at stake first, each with the customer's latest radar call (a call is
 * per customer, whatever signals explain it): the radar page, the customer's card and the API.
 */
@Service
@Transactional(readOnly = true)
public class SignalBoard {

    /** Which signals to show: any of the fields may be null (no filter). */
    public record Filter(SignalKind kind, String owner, Long customerId) {}

    /** Active signals of one kind and the money they put at stake. */
    public record KindTotal(SignalKind kind, long signals, BigDecimal moneyAtStake) {}

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final Explanations explanations;

    SignalBoard(JdbcClient jdbc, CustomerDirectory customers, Explanations explanations) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.explanations = explanations;
    }

    public Slice<SignalView> list(Filter filter, int page, int size, Locale locale) {
        StringBuilder sql = new StringBuilder("""
                SELECT s.id, s.customer_id, s.kind, s.message_key, s.message_args, s.money_at_stake, s.first_seen,
                       s.last_seen, t.id AS task_id, t.owner_username, t.status, t.outcome, t.note, t.closed_by,
                       t.closed_at, t.version
                  FROM retention_signal s LEFT JOIN retention_call_task t
                       ON t.id = (SELECT MAX(c.id) FROM retention_call_task c WHERE c.customer_id = s.customer_id)
                 WHERE s.open = 1 AND """ + BlockedCustomers.visible("s.customer_id"));
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.kind() != null) {
            sql.append(" AND s.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.owner() != null) {
            sql.append(" AND t.owner_username = :owner");
            params.put("owner", filter.owner());
        }
        if (filter.customerId() != null) {
            sql.append(" AND s.customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        sql.append(" ORDER BY s.money_at_stake DESC, s.id LIMIT :limit OFFSET :offset");
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("customer_id"),
                        SignalKind.valueOf(rs.getString("kind")),
                        rs.getString("message_key"),
                        rs.getString("message_args"),
                        rs.getBigDecimal("money_at_stake"),
                        rs.getTimestamp("first_seen"),
                        rs.getTimestamp("last_seen"),
                        rs.getObject("task_id") == null
                                ? null
                                : new SignalView.Task(
                                        rs.getLong("task_id"),
                                        rs.getString("owner_username"),
                                        SignalView.TaskStatus.valueOf(rs.getString("status")),
                                        rs.getString("outcome") == null
                                                ? null
                                                : CallOutcome.valueOf(rs.getString("outcome")),
                                        rs.getString("note"),
                                        rs.getString("closed_by"),
                                        rs.getTimestamp("closed_at") == null
                                                ? null
                                                : rs.getTimestamp("closed_at").toInstant(),
                                        rs.getLong("version"))))
                .list();
        Map<Long, CustomerRef> refs =
                customers.findAll(rows.stream().map(Row::customerId).toList());
        Timestamp[] seen = rows.isEmpty() ? new Timestamp[2] : lastRuns();
        List<SignalView> views = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CustomerRef ref = refs.get(row.customerId());
            views.add(new SignalView(
                    row.id(),
                    row.customerId(),
                    ref == null ? null : ref.customerNumber(),
                    ref == null ? null : ref.name(),
                    row.kind(),
                    explanations.render(row.key(), row.args(), locale),
                    row.money(),
                    row.firstSeen().toInstant(),
                    lastSeen(row, seen).toInstant(),
                    row.task()));
        }
        return Slice.of(views, page, size);
    }

    /**
     * When the radar last saw the signal. A re-run leaves an unchanged signal's row alone
     * ({@link SignalStore}), so its {@code last_seen} is when it was last written; but a signal
     * still active after a finished run was seen by that run (it would be closed otherwise), except
     * LOW_ACTIVITY_PROBABILITY after a run without a model.
     */
    private static Timestamp lastSeen(Row row, Timestamp[] runs) {
        Timestamp run = row.kind() == SignalKind.LOW_ACTIVITY_PROBABILITY ? runs[1] : runs[0];
        return run != null && run.after(row.lastSeen()) ? run : row.lastSeen();
    }

    /** When the latest finished run, and the latest that used the model, finished. */
    private Timestamp[] lastRuns() {
        return jdbc.sql("""
                SELECT MAX(finished_at), MAX(CASE WHEN model_used THEN finished_at END) FROM retention_radar_run
                 WHERE status = 'DONE'""")
                .query((rs, n) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)})
                .single();
    }

    /** Active signals per kind, every kind present (zero when none). */
    public List<KindTotal> totals() {
        Map<SignalKind, KindTotal> totals = new EnumMap<>(SignalKind.class);
        for (SignalKind kind : SignalKind.values()) {
            totals.put(kind, new KindTotal(kind, 0, BigDecimal.ZERO));
        }
        jdbc.sql("SELECT s.kind, COUNT(*), SUM(s.money_at_stake) FROM retention_signal s WHERE s.open = 1 AND "
                        + BlockedCustomers.visible("s.customer_id") + " GROUP BY s.kind")
                .query(rs -> {
                    SignalKind kind = SignalKind.valueOf(rs.getString(1));
                    totals.put(kind, new KindTotal(kind, rs.getLong(2), rs.getBigDecimal(3)));
                });
        return List.copyOf(totals.values());
    }

    /** Owners who have radar call tasks, for the owner filter. */
    public List<String> owners() {
        return jdbc.sql("""
                SELECT DISTINCT owner_username FROM retention_call_task WHERE owner_username IS NOT NULL
                 ORDER BY owner_username""").query(String.class).list();
    }

    private record Row(
            long id,
            long customerId,
            SignalKind kind,
            String key,
            String args,
            BigDecimal money,
            Timestamp firstSeen,
            Timestamp lastSeen,
            SignalView.Task task) {}
}
