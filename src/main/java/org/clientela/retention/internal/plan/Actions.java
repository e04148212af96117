package org.clientela.retention.internal.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.Slice;
import org.clientela.retention.internal.segments.RfmSegment;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of the retention plan: an idea applied to customers. An action keeps a comparison
 * group of customers from the same segment who did not get it: for an action on a whole segment a
 * random {@code holdout} share of it, for a list of customers a random sample of the other
 * customers of their segments. "Random" is a fixed scramble of the customer id salted with the
 * action id, so it is repeatable and owes nothing to names or order.
 */
@Service
@Transactional
public class Actions {

    private static final RowMapper<Action> ACTION = (rs, n) -> new Action(
            rs.getLong("id"),
            rs.getLong("idea_id"),
            rs.getString("title"),
            rs.getString("segment") == null ? null : RfmSegment.valueOf(rs.getString("segment")),
            rs.getObject("start_date", LocalDate.class),
            rs.getInt("window_days"),
            (Integer) rs.getObject("holdout_percent"),
            rs.getLong("in_action"),
            rs.getLong("compared"));
    private static final String ACTION_SELECT = """
            SELECT a.id, a.idea_id, i.title, a.segment, a.start_date, a.window_days, a.holdout_percent,
                   (SELECT COUNT(*) FROM retention_action_customer c WHERE c.action_id = a.id AND c.in_action) AS in_action,
                   (SELECT COUNT(*) FROM retention_action_customer c WHERE c.action_id = a.id AND NOT c.in_action) AS compared
              FROM retention_action a JOIN retention_idea i ON i.id = a.idea_id""";

    private final JdbcClient jdbc;
    private final Ideas ideas;
    private final AuditLog audit;
    private final BulkInsert bulk;
    private final PlanSettings settings;
    private final Clock clock;

    Actions(JdbcClient jdbc, Ideas ideas, AuditLog audit, BulkInsert bulk, PlanSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.audit = audit;
        this.bulk = bulk;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Applies the idea to a segment of the latest run, keeping {@code holdoutPercent} % aside to
     * compare. A blocked customer (LOPDGDD art. 32) is reached by no action, so is in neither group.
     */
    public long applyToSegment(long ideaId, RfmSegment segment, LocalDate start, int windowDays, int holdoutPercent) {
        Idea idea = ideas.requireApplicable(ideaId);
        long id = insertAction(ideaId, segment, start, windowDays, holdoutPercent);
        jdbc.sql("""
                        INSERT INTO retention_action_customer (action_id, customer_id, in_action)
                        SELECT :action, customer_id, MOD(customer_id * 7919 + :action * 104729, 100) >= :holdout
                          FROM retention_customer_segment WHERE segment = :segment AND""" + BlockedCustomers.visible("customer_id"))
                .param("action", id)
                .param("holdout", holdoutPercent)
                .param("segment", segment.name())
                .update();
        audit.record(
                "RETENTION_ACTION_STARTED",
                "retention_action",
                id,
                "segment " + segment,
                null,
                null,
                idea.title(),
                AuditLog.word("audit.segment", AuditLog.word("retention.segment." + segment.name())));
        return id;
    }

    /**
     * Applies the idea to the given customers; the comparison group is a sample of the other
     * customers of the segments these customers were in at the latest run.
     */
    public long applyToCustomers(long ideaId, Collection<Long> customerIds, LocalDate start, int windowDays) {
        Idea idea = ideas.requireApplicable(ideaId);
        long id = insertAction(ideaId, null, start, windowDays, null);
        List<Object[]> rows = customerIds.stream()
                .distinct()
                .map(c -> new Object[] {id, c, true})
                .toList();
        bulk.insert("retention_action_customer", List.of("action_id", "customer_id", "in_action"), rows);
        jdbc.sql("""
                        INSERT INTO retention_action_customer (action_id, customer_id, in_action)
                        SELECT :action, s.customer_id, FALSE FROM retention_customer_segment s
                         WHERE s.segment IN (SELECT t.segment FROM retention_customer_segment t
                                              JOIN retention_action_customer c ON c.customer_id = t.customer_id
                                             WHERE c.action_id = :action)
                           AND s.customer_id NOT IN (SELECT customer_id FROM retention_action_customer
                                                      WHERE action_id = :action)
                           AND %s
                         ORDER BY MOD(s.customer_id * 7919 + :action * 104729, 10007), s.customer_id
                         LIMIT :limit""".formatted(BlockedCustomers.visible("s.customer_id")))
                .param("action", id)
                .param("limit", settings.comparisonLimit())
                .update();
        audit.record(
                "RETENTION_ACTION_STARTED",
                "retention_action",
                id,
                rows.size() + " customers",
                null,
                null,
                idea.title(),
                AuditLog.word("audit.customers", rows.size()));
        return id;
    }

    /**
     * Takes the customer, just blocked (LOPDGDD art. 32), out of both groups of every action still
     * running or yet to start: a blocked customer is reached by no action, not even one started
     * before the block. An action whose window is over keeps them, so its measured result stays what
     * it was (figures keep every row).
     *
     * @return the actions they left
     */
    public int leaveRunning(long customerId) {
        LocalDate today = LocalDate.now(clock);
        List<Long> running = jdbc
                .sql("""
                        SELECT a.id, a.start_date, a.window_days FROM retention_action a
                          JOIN retention_action_customer c ON c.action_id = a.id
                         WHERE c.customer_id = :customer""")
                .param("customer", customerId)
                .query((rs, n) -> rs.getObject("start_date", LocalDate.class)
                                .plusDays(rs.getInt("window_days") - 1L)
                                .isBefore(today)
                        ? null
                        : rs.getLong("id"))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        if (running.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM retention_action_customer WHERE customer_id = :customer AND action_id IN (:ids)")
                .param("customer", customerId)
                .param("ids", running)
                .update();
    }

    private long insertAction(long ideaId, RfmSegment segment, LocalDate start, int windowDays, Integer holdout) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO retention_action (idea_id, segment, start_date, window_days, holdout_percent,
                                                      created_by, created_at)
                        VALUES (:idea, :segment, :start, :window, :holdout, :actor, :now)""")
                .param("idea", ideaId)
                .param("segment", segment == null ? null : segment.name())
                .param("start", start)
                .param("window", windowDays)
                .param("holdout", holdout)
                .param("actor", AuditLog.currentActor())
                .param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM retention_action WHERE idea_id = :idea")
                .param("idea", ideaId)
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Optional<Action> action(long id) {
        return jdbc.sql(ACTION_SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(ACTION)
                .optional();
    }

    /** Newest start first. */
    @Transactional(readOnly = true)
    public Slice<Action> actions(int page, int size) {
        return Slice.of(
                jdbc.sql(ACTION_SELECT + " ORDER BY a.start_date DESC, a.id DESC LIMIT :l OFFSET :o")
                        .param("l", size + 1)
                        .param("o", (long) page * size)
                        .query(ACTION)
                        .list(),
                page,
                size);
    }
}
