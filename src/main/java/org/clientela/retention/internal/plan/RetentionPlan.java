package org.clientela.retention.internal.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clientela.orders.PurchasesInPeriod;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.retention.internal.segments.RfmSegment;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention plan: ideas, the actions that apply them, and whether an action worked. An action
 * keeps a comparison group of customers from the same segment who did not get it: for an action
 * on a whole segment a random {@code holdout} share of it, for a list of customers a random
 * sample of the other customers of their segments. "Random" is a fixed scramble of the customer
 * id salted with the action id, so it is repeatable and owes nothing to names or order.
 */
@Service
@Transactional
public class RetentionPlan {

    private static final RowMapper<Idea> IDEA = (rs, n) -> new Idea(rs.getLong("id"), rs.getString("title"),
            rs.getString("description"), rs.getString("source"), rs.getString("proposed_by"),
            rs.getObject("proposed_on", LocalDate.class), IdeaStatus.valueOf(rs.getString("status")),
            rs.getString("created_by"));
    private static final RowMapper<Action> ACTION = (rs, n) -> new Action(rs.getLong("id"), rs.getLong("idea_id"),
            rs.getString("title"), rs.getString("segment") == null ? null : RfmSegment.valueOf(rs.getString("segment")),
            rs.getObject("start_date", LocalDate.class), rs.getInt("window_days"),
            (Integer) rs.getObject("holdout_percent"), rs.getLong("in_action"), rs.getLong("compared"));
    private static final String ACTION_SELECT = """
            SELECT a.id, a.idea_id, i.title, a.segment, a.start_date, a.window_days, a.holdout_percent,
                   (SELECT COUNT(*) FROM retention_action_customer c WHERE c.action_id = a.id AND c.in_action) AS in_action,
                   (SELECT COUNT(*) FROM retention_action_customer c WHERE c.action_id = a.id AND NOT c.in_action) AS compared
              FROM retention_action a JOIN retention_idea i ON i.id = a.idea_id""";

    private final JdbcClient jdbc;
    private final PurchasesInPeriod purchases;
    private final AuditLog audit;
    private final BulkInsert bulk;
    private final PlanSettings settings;
    private final Clock clock;

    RetentionPlan(JdbcClient jdbc, PurchasesInPeriod purchases, AuditLog audit, BulkInsert bulk, PlanSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.purchases = purchases;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- ideas ------------------------------------------------------------------------------

    public long addIdea(String title, String description, String source, String proposedBy, LocalDate proposedOn) {
        jdbc.sql("""
                        INSERT INTO retention_idea (title, description, source, proposed_by, proposed_on, status,
                                                    created_by, created_at)
                        VALUES (:title, :description, :source, :by, :on, 'IDEA', :actor, :now)""")
                .param("title", title).param("description", blankToNull(description)).param("source", source)
                .param("by", blankToNull(proposedBy)).param("on", proposedOn).param("actor", AuditLog.currentActor())
                .param("now", Timestamp.from(clock.instant())).update();
        long id = jdbc.sql("SELECT MAX(id) FROM retention_idea WHERE title = :title").param("title", title)
                .query(Long.class).single();
        audit.record("RETENTION_IDEA_ADDED", "retention_idea", id, title, null, null,
                title);
        return id;
    }

    public void changeStatus(long ideaId, IdeaStatus status) {
        Idea before = idea(ideaId);
        jdbc.sql("UPDATE retention_idea SET status = :status WHERE id = :id")
                .param("status", status.name()).param("id", ideaId).update();
        String action = switch (status) {
            case IDEA -> "RETENTION_IDEA_IDEA";
            case ADOPTED -> "RETENTION_IDEA_ADOPTED";
            case DROPPED -> "RETENTION_IDEA_DROPPED";
        };
        audit.record(action, "retention_idea", ideaId, before.title() + ": " + before.status() + " -> " + status,
                null, null, before.title());
    }

    @Transactional(readOnly = true)
    public Idea idea(long id) {
        return jdbc.sql("SELECT * FROM retention_idea WHERE id = :id").param("id", id).query(IDEA).optional()
                .orElseThrow(() -> new NotFoundException("idea", id));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Slice<Idea> ideas(int page, int size) {
        return Slice.of(jdbc.sql("SELECT * FROM retention_idea ORDER BY proposed_on DESC, id DESC LIMIT :l OFFSET :o")
                .param("l", size + 1).param("o", (long) page * size).query(IDEA).list(), page, size);
    }

    /** Ideas that may still be applied (not dropped), newest first, at most 200. */
    @Transactional(readOnly = true)
    public List<Idea> applicableIdeas() {
        return jdbc.sql("SELECT * FROM retention_idea WHERE status <> 'DROPPED' ORDER BY proposed_on DESC, id DESC "
                + "LIMIT 200").query(IDEA).list();
    }

    // ---- actions ----------------------------------------------------------------------------

    /** Applies the idea to a segment of the latest run, keeping {@code holdoutPercent} % aside to compare. */
    public long applyToSegment(long ideaId, RfmSegment segment, LocalDate start, int windowDays, int holdoutPercent) {
        requireApplicable(ideaId);
        long id = insertAction(ideaId, segment, start, windowDays, holdoutPercent);
        jdbc.sql("""
                        INSERT INTO retention_action_customer (action_id, customer_id, in_action)
                        SELECT :action, customer_id, MOD(customer_id * 7919 + :action * 104729, 100) >= :holdout
                          FROM retention_customer_segment WHERE segment = :segment""")
                .param("action", id).param("holdout", holdoutPercent).param("segment", segment.name()).update();
        audit.record("RETENTION_ACTION_STARTED", "retention_action", id, "segment " + segment, null, null,
                idea(ideaId).title(), AuditLog.word("audit.segment", AuditLog.word("segment." + segment.name())));
        return id;
    }

    /**
     * Applies the idea to the given customers; the comparison group is a sample of the other
     * customers of the segments these customers were in at the latest run.
     */
    public long applyToCustomers(long ideaId, Collection<Long> customerIds, LocalDate start, int windowDays) {
        requireApplicable(ideaId);
        long id = insertAction(ideaId, null, start, windowDays, null);
        List<Object[]> rows = customerIds.stream().distinct().map(c -> new Object[] { id, c, true }).toList();
        bulk.insert("retention_action_customer", List.of("action_id", "customer_id", "in_action"), rows);
        jdbc.sql("""
                        INSERT INTO retention_action_customer (action_id, customer_id, in_action)
                        SELECT :action, s.customer_id, FALSE FROM retention_customer_segment s
                         WHERE s.segment IN (SELECT t.segment FROM retention_customer_segment t
                                              JOIN retention_action_customer c ON c.customer_id = t.customer_id
                                             WHERE c.action_id = :action)
                           AND s.customer_id NOT IN (SELECT customer_id FROM retention_action_customer
                                                      WHERE action_id = :action)
                         ORDER BY MOD(s.customer_id * 7919 + :action * 104729, 10007), s.customer_id
                         LIMIT :limit""")
                .param("action", id).param("limit", settings.comparisonLimit()).update();
        audit.record("RETENTION_ACTION_STARTED", "retention_action", id, rows.size() + " customers", null, null,
                idea(ideaId).title(), AuditLog.word("audit.customers", rows.size()));
        return id;
    }

    private void requireApplicable(long ideaId) {
        if (idea(ideaId).status() == IdeaStatus.DROPPED) {
            throw new InvalidInputException(List.of(InputError.field("ideaId", "plan.error.ideaDropped")));
        }
    }

    private long insertAction(long ideaId, RfmSegment segment, LocalDate start, int windowDays, Integer holdout) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO retention_action (idea_id, segment, start_date, window_days, holdout_percent,
                                                      created_by, created_at)
                        VALUES (:idea, :segment, :start, :window, :holdout, :actor, :now)""")
                .param("idea", ideaId).param("segment", segment == null ? null : segment.name()).param("start", start)
                .param("window", windowDays).param("holdout", holdout).param("actor", AuditLog.currentActor())
                .param("now", Timestamp.from(now)).update();
        return jdbc.sql("SELECT MAX(id) FROM retention_action WHERE idea_id = :idea").param("idea", ideaId)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<Action> action(long id) {
        return jdbc.sql(ACTION_SELECT + " WHERE a.id = :id").param("id", id).query(ACTION).optional();
    }

    /** Newest start first. */
    @Transactional(readOnly = true)
    public Slice<Action> actions(int page, int size) {
        return Slice.of(jdbc.sql(ACTION_SELECT + " ORDER BY a.start_date DESC, a.id DESC LIMIT :l OFFSET :o")
                .param("l", size + 1).param("o", (long) page * size).query(ACTION).list(), page, size);
    }

    /** The measured result of an action so far. */
    @Transactional(readOnly = true)
    public ActionResult result(long actionId) {
        Action action = action(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = action.start().plusDays(action.windowDays() - 1L);
        LocalDate measuredTo = windowEnd.isBefore(today) ? windowEnd : today;
        List<Long> inAction = new ArrayList<>();
        List<Long> compared = new ArrayList<>();
        jdbc.sql("SELECT customer_id, in_action FROM retention_action_customer WHERE action_id = :id")
                .param("id", actionId)
                .query(rs -> {
                    (rs.getBoolean(2) ? inAction : compared).add(rs.getLong(1));
                });
        Group withAction = group(inAction, action.start(), measuredTo);
        Group without = group(compared, action.start(), measuredTo);
        return ActionResult.of(action, withAction, without, windowEnd, !today.isBefore(windowEnd.plusDays(1)),
                settings.minGroup());
    }

    private Group group(List<Long> customers, LocalDate from, LocalDate to) {
        if (customers.isEmpty() || to.isBefore(from)) {
            return new Group(customers.size(), 0, 0, 0);
        }
        Map<Long, PurchasesInPeriod.Bought> bought = purchases.of(customers, from, to);
        double sum = 0;
        double squares = 0;
        for (PurchasesInPeriod.Bought b : bought.values()) {
            double revenue = b.revenue().doubleValue();
            sum += revenue;
            squares += revenue * revenue;
        }
        return new Group(customers.size(), bought.size(), sum, squares);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record Idea(long id, String title, String description, String source, String proposedBy,
            LocalDate proposedOn, IdeaStatus status, String createdBy) {
    }

    public record Action(long id, long ideaId, String ideaTitle, RfmSegment segment, LocalDate start, int windowDays,
            Integer holdoutPercent, long customers, long compared) {
    }

    /**
     * One group of an action: its size, how many bought in the window, and the sum and sum of
     * squares of the revenue per customer (customers who bought nothing count as zero).
     */
    public record Group(long customers, long returned, double revenue, double revenueSquares) {

        public double returnRate() {
            return customers == 0 ? 0 : (double) returned / customers;
        }

        public double revenuePerCustomer() {
            return customers == 0 ? 0 : revenue / customers;
        }

        public double variance() {
            return PlanStatistics.variance(customers, revenue, revenueSquares);
        }

        public PlanStatistics.Interval returnRateInterval() {
            return PlanStatistics.wilson(returned, customers);
        }

        public BigDecimal revenuePerCustomerAmount() {
            return BigDecimal.valueOf(revenuePerCustomer()).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }
}
