package org.clientela.retention.internal.letdowns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.CustomerId;
import org.clientela.retention.LetDowns;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The let-downs service reports ({@link LetDowns}), kept in {@code retention_let_down} once per
 * kind and source, and read back by the radar (a signal) and the loss form (a likely reason).
 */
@Service
public class JdbcLetDowns implements LetDowns {

    /**
     * How long a let-down counts. Half a year: by then it has been made good, or it has already shown
     * in what the customer buys, which the radar's other signals read.
     */
    public static final Duration RECENT = Duration.ofDays(180);

    private static final RowMapper<LetDown> LET_DOWN = (rs, n) -> new LetDown(
            rs.getLong("customer_id"),
            LetDownKind.valueOf(rs.getString("kind")),
            rs.getLong("source_id"),
            rs.getTimestamp("happened_at").toInstant());

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcLetDowns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void promiseBroken(CustomerId customerId, long promiseId, Instant brokenAt) {
        record(new LetDown(customerId.value(), LetDownKind.PROMISE_BROKEN, promiseId, brokenAt));
    }

    @Override
    @Transactional
    public void complaintClosedAgainst(CustomerId customerId, long caseId, Instant closedAt) {
        record(new LetDown(customerId.value(), LetDownKind.COMPLAINT_CLOSED_AGAINST, caseId, closedAt));
    }

    /** Stores the let-down unless it is already stored (a report heard twice changes nothing). */
    @Transactional
    public void record(LetDown letDown) {
        jdbc.sql("""
                        INSERT INTO retention_let_down (customer_id, kind, source_id, happened_at, recorded_at)
                        VALUES (:customer, :kind, :source, :at, :now) ON CONFLICT DO NOTHING""")
                .param("customer", letDown.customerId())
                .param("kind", letDown.kind().name())
                .param("source", letDown.sourceId())
                .param("at", Timestamp.from(letDown.happenedAt()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The newest let-down of each kind of every customer let down in {@code [from, to)}, by customer:
     * what the radar reads for one run.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<LetDown>> newestByCustomer(Instant from, Instant to) {
        Map<Long, Map<LetDownKind, LetDown>> newest = new HashMap<>();
        jdbc.sql("""
                        SELECT customer_id, kind, source_id, happened_at FROM retention_let_down
                         WHERE happened_at >= :from AND happened_at < :to""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(LET_DOWN)
                .list()
                .forEach(d -> newest.computeIfAbsent(d.customerId(), c -> new HashMap<>())
                        .merge(d.kind(), d, (a, b) -> a.happenedAt().isAfter(b.happenedAt()) ? a : b));
        Map<Long, List<LetDown>> byCustomer = new HashMap<>();
        newest.forEach((customer, kinds) -> byCustomer.put(customer, List.copyOf(kinds.values())));
        return byCustomer;
    }

    /** The customer's newest let-down that still counts ({@link #RECENT}), if any. */
    @Transactional(readOnly = true)
    public Optional<LetDown> newestRecent(long customerId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT customer_id, kind, source_id, happened_at FROM retention_let_down
                         WHERE customer_id = :customer AND happened_at >= :from AND happened_at <= :now
                         ORDER BY happened_at DESC, id DESC LIMIT 1""")
                .param("customer", customerId)
                .param("from", Timestamp.from(now.minus(RECENT)))
                .param("now", Timestamp.from(now))
                .query(LET_DOWN)
                .optional();
    }
}
