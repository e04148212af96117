package org.clientela.service.internal.promises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.platform.ListTotal;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.Slice;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.service.PromiseBroken;
import org.clientela.service.PromiseKept;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseMade;
import org.clientela.service.internal.cases.CaseQueries;
import org.clientela.service.internal.cases.Cases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every commitment made to a customer, with its due moment and owner. A promise is kept when it
 * is marked kept no later than its due moment; a pending promise whose moment passed is broken,
 * exactly once: the change is a guarded {@code UPDATE ... WHERE status = 'PENDING' AND due_at <= now},
 * so of several instances (or a retry after a restart) only one turns it and publishes
 * {@link PromiseBroken}.
 */
@Service
public class PromiseLedger {

    static final String COLUMNS = """
            id, case_id, customer_id, kind, description, owner_username, status, made_at, due_at, kept_at,
            broken_at, promised_days, actual_days\s""";

    static final RowMapper<Promise> ROW = (rs, n) -> new Promise(rs.getLong("id"),
            (Long) rs.getObject("case_id", Long.class), rs.getLong("customer_id"),
            PromiseKind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("owner_username"),
            PromiseStatus.valueOf(rs.getString("status")), instant(rs, "made_at"), instant(rs, "due_at"),
            instant(rs, "kept_at"), instant(rs, "broken_at"), rs.getBigDecimal("promised_days"),
            rs.getBigDecimal("actual_days"));

    private final JdbcClient jdbc;
    private final CustomerDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final UserDirectory users;
    private final Clock clock;

    PromiseLedger(JdbcClient jdbc, CustomerDirectory directory, AuditLog audit, ApplicationEventPublisher events,
            UserDirectory users, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a promise; its owner is {@code owner} (an active user, else an error on {@code owner}) or,
     * when {@code null}, whoever makes it.
     */
    @Transactional
    public Promise make(Long caseId, long customerId, PromiseKind kind, Instant dueAt, String description,
            String owner) {
        Instant now = clock.instant();
        if (dueAt == null) {
            throw new InvalidInputException(InputError.field("dueAt", "service.promise.dueAt.required"));
        }
        if (!dueAt.isAfter(now)) {
            throw new InvalidInputException(InputError.field("dueAt", "service.promise.dueAt.past"));
        }
        if (dueAt.isAfter(now.plus(Duration.ofDays(3650)))) {
            throw new InvalidInputException(InputError.field("dueAt", "service.promise.dueAt.tooFar"));
        }
        if (directory.find(customerId).isEmpty()) {
            throw new InvalidInputException(InputError.field("customerId", "service.case.customer.unknown",
                    customerId));
        }
        String who = owner == null || owner.isBlank() ? AuditLog.currentActor() : owner.strip();
        TextInput.require("owner", who, 64, false);
        Cases.ownerIsUser(users, owner, null);
        String text = description == null || description.isBlank() ? null
                : description.strip().substring(0, Math.min(1000, description.strip().length()));
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO service_promise (case_id, customer_id, kind, description, owner_username, status,
                       made_at, due_at, promised_days)
                VALUES (:caseId, :customer, :kind, :description, :owner, 'PENDING', :made, :due, :days)""")
                .param("caseId", caseId).param("customer", customerId).param("kind", kind.name())
                .param("description", text).param("owner", who).param("made", Timestamp.from(now))
                .param("due", Timestamp.from(dueAt)).param("days", days(now, dueAt))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit.record("PROMISE_MADE", "service_promise", id, kind + " due " + dueAt, null, null,
                AuditLog.word("service.promise.kind." + kind));
        events.publishEvent(new PromiseMade(id, customerId, caseId, kind, who, dueAt));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Promise get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_promise WHERE id = :id").param("id", id)
                .query(ROW).optional().orElseThrow(() -> new NotFoundException("promise", id));
    }

    /**
     * Marks a promise kept. Only a pending promise whose moment has not passed can be kept; one
     * found late is broken on the spot (the same guarded change as the minute check) and refused.
     */
    @Transactional(noRollbackFor = PromiseStateException.class)
    public Promise keep(long id) {
        Promise promise = get(id);
        Instant now = clock.instant();
        if (promise.status() == PromiseStatus.PENDING && promise.dueAt().isBefore(now)) {
            breakIfOverdue(id, now);
            throw new PromiseStateException(id, PromiseStatus.BROKEN);
        }
        int kept = jdbc.sql("""
                UPDATE service_promise SET status = 'KEPT', kept_at = :now, actual_days = :days
                 WHERE id = :id AND status = 'PENDING' AND due_at >= :now""")
                .param("now", Timestamp.from(now)).param("days", days(promise.madeAt(), now)).param("id", id)
                .update();
        if (kept == 0) {
            throw new PromiseStateException(id, get(id).status());
        }
        audit.record("PROMISE_KEPT", "service_promise", id, promise.kind() + " kept", null, null,
                AuditLog.word("service.promise.kind." + promise.kind()));
        events.publishEvent(new PromiseKept(id, promise.customerId(), promise.kind(), promise.owner(), now));
        return get(id);
    }

    /**
     * Breaks every pending promise whose moment has passed, in batches; returns how many this call
     * broke. Each promise is broken (and {@link PromiseBroken} published) only by the call whose
     * guarded update changed it.
     */
    @Transactional
    public int breakOverdue() {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("""
                SELECT id FROM service_promise WHERE status = 'PENDING' AND due_at <= :now
                 ORDER BY due_at LIMIT 1000""")
                .param("now", Timestamp.from(now)).query(Long.class).list();
        int broken = 0;
        for (long id : due) {
            if (breakIfOverdue(id, now)) {
                broken++;
            }
        }
        return broken;
    }

    private boolean breakIfOverdue(long id, Instant now) {
        int changed = jdbc.sql("""
                UPDATE service_promise SET status = 'BROKEN', broken_at = :now
                 WHERE id = :id AND status = 'PENDING' AND due_at <= :now""")
                .param("now", Timestamp.from(now)).param("id", id).update();
        if (changed == 1) {
            Promise p = get(id);
            audit.record("PROMISE_BROKEN", "service_promise", id, p.kind() + " due " + p.dueAt(), null, null,
                AuditLog.word("service.promise.kind." + p.kind()));
            events.publishEvent(new PromiseBroken(id, p.customerId(), p.caseId(), p.kind(), p.owner(), p.dueAt(),
                    now));
            return true;
        }
        return false;
    }

    /**
     * One page of promises in a status ({@code null}: all), soonest due first for pending ones; of one
     * owner, or with {@code owner} {@link CaseQueries#UNASSIGNED} of nobody.
     */
    @Transactional(readOnly = true)
    public Slice<Promise> list(PromiseStatus status, String owner, int page, int size) {
        return list(status, owner, status == PromiseStatus.PENDING ? ListLinks.Direction.ASC
                : ListLinks.Direction.DESC, page, size);
    }

    /**
     * One page of the promises of a status (and owner), by due moment in {@code direction}, along
     * the index on (status, due) or (owner, status, due).
     */
    @Transactional(readOnly = true)
    public Slice<Promise> list(PromiseStatus status, String owner, ListLinks.Direction direction, int page,
            int size) {
        String order = direction == ListLinks.Direction.DESC ? "due_at DESC, id DESC" : "due_at, id";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = where(status, owner, params);
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        return Slice.of(jdbc.sql("SELECT " + COLUMNS + " FROM service_promise" + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(ROW).list(), page, size);
    }

    /**
     * Every promise of the list for this status, owner and direction, in its order, handed to
     * {@code batch} a few hundred at a time from one streamed query: the list's export, all pages.
     */
    @Transactional(readOnly = true)
    public void each(PromiseStatus status, String owner, ListLinks.Direction direction,
            java.util.function.Consumer<List<Promise>> batch) {
        String order = direction == ListLinks.Direction.DESC ? "due_at DESC, id DESC" : "due_at, id";
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = where(status, owner, params);
        List<Promise> pending = new java.util.ArrayList<>(500);
        try (java.util.stream.Stream<Promise> rows = jdbc.sql("SELECT " + COLUMNS + " FROM service_promise" + where
                + " ORDER BY " + order).params(params).query(ROW).stream()) {
            rows.forEach(row -> {
                pending.add(row);
                if (pending.size() == 500) {
                    batch.accept(List.copyOf(pending));
                    pending.clear();
                }
            });
        }
        if (!pending.isEmpty()) {
            batch.accept(List.copyOf(pending));
        }
    }

    /** How many promises of a status (and owner) there are, counted up to {@link ListTotal#CAP}. */
    @Transactional(readOnly = true)
    public ListTotal count(PromiseStatus status, String owner) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = where(status, owner, params);
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM service_promise" + where))
                .params(params).query(Long.class).single());
    }

    private static String where(PromiseStatus status, String owner, java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.name());
        }
        if (CaseQueries.UNASSIGNED.equals(owner)) {
            where.append(" AND owner_username IS NULL");
        } else if (owner != null) {
            where.append(" AND owner_username = :owner");
            params.put("owner", owner);
        }
        return where.toString();
    }

    /**
     * Pending promises of {@code owner} for "my day" at {@code now}: due today in the business time
     * zone (overdue ones included), and those due after today within {@code dueSoon}, apart; at most
     * {@code limit} in all, soonest first.
     */
    @Transactional(readOnly = true)
    public PromisesDue dueFor(String owner, Instant now, ZoneId zone, Duration dueSoon, int limit) {
        List<Promise> pending = jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_promise WHERE owner_username = :owner AND status = 'PENDING' AND due_at <= :until
                 ORDER BY due_at, id LIMIT :limit""")
                .param("owner", owner).param("until", Timestamp.from(PromisesDue.horizon(now, zone, dueSoon)))
                .param("limit", limit)
                .query(ROW).list();
        return PromisesDue.split(pending, now, zone, dueSoon);
    }

    /** The promises made in a case, newest first. */
    @Transactional(readOnly = true)
    public List<Promise> ofCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_promise WHERE case_id = :c ORDER BY made_at DESC, id DESC")
                .param("c", caseId).query(ROW).list();
    }

    /** The customer's pending promises, soonest first. */
    @Transactional(readOnly = true)
    public List<Promise> pendingOf(long customerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_promise WHERE customer_id = :c AND status = 'PENDING' ORDER BY due_at, id LIMIT :limit""")
                .param("c", customerId).param("limit", limit).query(ROW).list();
    }

    /** How many promises made to this customer were broken. */
    @Transactional(readOnly = true)
    public long brokenCount(long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM service_promise WHERE customer_id = :c AND status = 'BROKEN'")
                .param("c", customerId).query(Long.class).single();
    }

    public static BigDecimal days(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                .divide(BigDecimal.valueOf(24 * 60), 2, RoundingMode.HALF_UP);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
