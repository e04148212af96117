package org.clientela.retention.internal.calls;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerId;
import org.clientela.platform.Slice;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.RadarCalls;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.radar.Explanations;
import org.clientela.retention.internal.radar.RadarSettings;
import org.clientela.retention.internal.radar.SignalView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The radar's calls as people read them — the API's list, the radar page's calls of a run per owner,
 * "Mi día" ({@link RadarCalls}) — and the customers also at risk whom no call of the run is for.
 * Each says why in the reader's language: the customer's active signals, or, when none fired, their
 * rank and the money at risk.
 *
 * <p>Long because every list of the radar's calls (the API's, the radar page's per owner, my day,
 * the customers also at risk) reads the same rows and says why in the reader's language with the
 * same explanation, which is most of the class.
 */
@Service
@Transactional(readOnly = true)
public class CallList implements RadarCalls {

    /** A call as the API and the radar page show it. */
    public record CallView(
            long id,
            long customerId,
            String customerNumber,
            String customerName,
            String owner,
            Long riskRank,
            BigDecimal moneyAtRisk,
            List<SignalKind> reasons,
            String explanation,
            Instant createdAt,
            long version,
            SignalView.Task task) {}

    /** A customer at risk without a call of the run. */
    public record AtRiskView(
            long customerId,
            String customerNumber,
            String customerName,
            long riskRank,
            BigDecimal moneyAtRisk,
            List<SignalKind> reasons,
            String explanation) {}

    private static final String CALL_COLUMNS = """
            SELECT t.id, t.customer_id, t.owner_username, t.risk_rank, t.money_at_risk, t.reasons, t.created_at,
                   t.version, t.status, t.outcome, t.note, t.closed_by, t.closed_at, s.kind AS signal_kind,
                   sc.purchase_days, sc.days_since_last, sc.risk_score
              FROM retention_call_task t LEFT JOIN retention_signal s ON s.id = t.signal_id
                   LEFT JOIN retention_customer_score sc ON sc.customer_id = t.customer_id
            """;

    /** Calls of blocked customers are kept (legal claims) but shown nowhere. */
    private static final String VISIBLE = BlockedCustomers.visible("t.customer_id");

    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final Explanations explanations;
    private final RadarSettings settings;

    CallList(JdbcClient jdbc, CustomerDirectory customers, Explanations explanations, RadarSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.customers = customers;
        this.explanations = explanations;
    }

    /**
     * The calls in {@code status} (any when null) of {@code owner} (anyone when null), most money at
     * risk first.
     */
    public Slice<CallView> list(SignalView.TaskStatus status, String owner, int page, int size, Locale locale) {
        StringBuilder sql = new StringBuilder(CALL_COLUMNS).append(" WHERE ").append(VISIBLE);
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            sql.append(" AND t.status = :status");
            params.put("status", status.name());
        }
        if (owner != null) {
            sql.append(" AND t.owner_username = :owner");
            params.put("owner", owner);
        }
        sql.append(" ORDER BY t.money_at_risk DESC NULLS LAST, t.id LIMIT :limit OFFSET :offset");
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        List<Row> rows =
                jdbc.sql(sql.toString()).params(params).query(CallList::row).list();
        return Slice.of(views(rows, locale), page, size);
    }

    /** The calls run {@code runId} chose, by owner (alphabetically), most money at risk first. */
    public Map<String, List<CallView>> ofRun(long runId, Locale locale) {
        List<Row> rows = jdbc.sql(CALL_COLUMNS + """
                 WHERE t.run_id = :run AND """ + VISIBLE + """
                 ORDER BY t.owner_username, t.money_at_risk DESC, t.id""")
                .param("run", runId)
                .query(CallList::row)
                .list();
        Map<String, List<CallView>> byOwner = new LinkedHashMap<>();
        for (CallView call : views(rows, locale)) {
            byOwner.computeIfAbsent(call.owner(), o -> new ArrayList<>()).add(call);
        }
        return byOwner;
    }

    /** The newest radar run that finished: whose calls and scores the radar page shows. */
    public Optional<Long> latestDoneRun() {
        return jdbc.sql("""
                SELECT id FROM retention_radar_run WHERE status = 'DONE' ORDER BY started_at DESC, id DESC LIMIT 1""").query(Long.class).optional();
    }

    /** The latest call of the customer, if any. */
    public Optional<CallView> latestOf(long customerId, Locale locale) {
        List<Row> rows = jdbc.sql(CALL_COLUMNS + " WHERE t.customer_id = :c ORDER BY t.id DESC LIMIT 1")
                .param("c", customerId)
                .query(CallList::row)
                .list();
        return views(rows, locale).stream().findFirst();
    }

    @Override
    public List<RadarCall> openFor(String username, int limit) {
        return jdbc.sql("""
                SELECT id, customer_id, risk_rank, money_at_risk, reasons, created_at FROM retention_call_task
                 WHERE owner_username = :owner AND status = 'OPEN' AND """ + BlockedCustomers.visible("retention_call_task.customer_id") + """
                 ORDER BY money_at_risk DESC NULLS LAST, id LIMIT :limit""")
                .param("owner", username)
                .param("limit", limit)
                .query((rs, n) -> new RadarCall(
                        rs.getLong(1),
                        CustomerId.of(rs.getLong(2)),
                        rs.getLong(3),
                        rs.getBigDecimal(4) == null ? BigDecimal.ZERO : rs.getBigDecimal(4),
                        CallTasks.reasons(rs.getString(5)),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * The customers of the newest scores whom no call of run {@code runId} is for, by risk rank (1 =
     * most at risk first).
     */
    public Slice<AtRiskView> alsoAtRisk(long runId, int page, int size, Locale locale) {
        List<Object[]> rows = jdbc.sql("""
                SELECT s.customer_id, s.risk_rank, s.money_at_risk, s.signals, s.purchase_days, s.days_since_last,
                       s.risk_score FROM retention_customer_score s
                 WHERE NOT EXISTS (SELECT 1 FROM retention_call_task t WHERE t.customer_id = s.customer_id
                                      AND t.run_id = :run)
                   AND """ + BlockedCustomers.visible("s.customer_id") + """
                 ORDER BY s.risk_rank LIMIT :limit OFFSET :offset""")
                .param("run", runId)
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getBigDecimal(3),
                    rs.getString(4),
                    new Facts(rs.getInt(5), rs.getInt(6), rs.getDouble(7))
                })
                .list();
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, CustomerRef> refs = customers.findAll(ids);
        Map<Long, List<String>> said = signalExplanations(ids, locale);
        List<AtRiskView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            CustomerRef ref = refs.get(id);
            views.add(new AtRiskView(
                    id,
                    ref == null ? null : ref.customerNumber(),
                    ref == null ? null : ref.name(),
                    (Long) r[1],
                    (BigDecimal) r[2],
                    CallTasks.reasons((String) r[3]),
                    why(said.get(id), (Long) r[1], (BigDecimal) r[2], (Facts) r[4], locale)));
        }
        return Slice.of(views, page, size);
    }

    private List<CallView> views(List<Row> rows, Locale locale) {
        List<Long> ids = rows.stream().map(Row::customerId).distinct().toList();
        Map<Long, CustomerRef> refs = customers.findAll(ids);
        Map<Long, List<String>> said = signalExplanations(ids, locale);
        List<CallView> views = new ArrayList<>(rows.size());
        for (Row r : rows) {
            CustomerRef ref = refs.get(r.customerId());
            List<SignalKind> reasons = CallTasks.reasons(r.reasons());
            if (reasons.isEmpty() && r.signalKind() != null) {
                reasons = List.of(SignalKind.valueOf(r.signalKind()));
            }
            views.add(new CallView(
                    r.task().id(),
                    r.customerId(),
                    ref == null ? null : ref.customerNumber(),
                    ref == null ? null : ref.name(),
                    r.task().owner(),
                    r.rank(),
                    r.money(),
                    reasons,
                    why(said.get(r.customerId()), r.rank(), r.money(), r.facts(), locale),
                    r.createdAt(),
                    r.task().version(),
                    r.task()));
        }
        return views;
    }

    /**
     * Why the customer is at risk: what their active signals say, else what the ranking knew of them in
     * plain numbers (purchase days, days without buying, how many in 100 such customers do not come
     * back), else their rank and money at risk.
     */
    private String why(List<String> signals, Long rank, BigDecimal money, Facts facts, Locale locale) {
        if (signals != null && !signals.isEmpty()) {
            return String.join(" ", signals);
        }
        if (rank == null) {
            return "";
        }
        String moneyArg = "m:" + (money == null ? BigDecimal.ZERO : money).toPlainString();
        if (facts != null) {
            return explanations.render(
                    "retention.call.why.risk",
                    List.of(
                            "n:" + facts.purchaseDays(),
                            "n:" + facts.daysSinceLast(),
                            "n:" + Math.round(facts.risk() * 100),
                            "n:" + settings.horizonDays(),
                            moneyArg,
                            "n:" + rank),
                    locale);
        }
        return explanations.render("retention.call.why.rank", List.of("n:" + rank, moneyArg), locale);
    }

    /** The explanations of the customers' active signals, most money at stake first. */
    private Map<Long, List<String>> signalExplanations(List<Long> ids, Locale locale) {
        Map<Long, List<String>> said = new HashMap<>();
        if (ids.isEmpty()) {
            return said;
        }
        for (int from = 0; from < ids.size(); from += 1_000) {
            jdbc.sql("""
                    SELECT customer_id, message_key, message_args FROM retention_signal
                     WHERE customer_id IN (:ids) AND open = 1 ORDER BY customer_id, money_at_stake DESC, id""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query(rs -> {
                        said.computeIfAbsent(rs.getLong(1), c -> new ArrayList<>())
                                .add(explanations.render(rs.getString(2), rs.getString(3), locale));
                    });
        }
        return said;
    }

    private record Row(
            long customerId,
            Long rank,
            BigDecimal money,
            String reasons,
            Instant createdAt,
            String signalKind,
            SignalView.Task task,
            Facts facts) {}

    /** What the ranking knew of the customer: purchase days, days since the last, risk score (0..1). */
    record Facts(int purchaseDays, int daysSinceLast, double risk) {

        static Facts of(ResultSet rs, String purchases, String days, String risk) throws SQLException {
            double score = rs.getDouble(risk);
            return rs.wasNull() ? null : new Facts(rs.getInt(purchases), rs.getInt(days), score);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long rank = rs.getLong("risk_rank");
        return new Row(
                rs.getLong("customer_id"),
                rs.wasNull() ? null : rank,
                rs.getBigDecimal("money_at_risk"),
                rs.getString("reasons"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("signal_kind"),
                new SignalView.Task(
                        rs.getLong("id"),
                        rs.getString("owner_username"),
                        SignalView.TaskStatus.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : CallOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("note"),
                        rs.getString("closed_by"),
                        rs.getTimestamp("closed_at") == null
                                ? null
                                : rs.getTimestamp("closed_at").toInstant(),
                        rs.getLong("version")),
                Facts.of(rs, "purchase_days", "days_since_last", "risk_score"));
    }
}
