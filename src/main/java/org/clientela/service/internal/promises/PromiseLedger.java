package org.clientela.service.internal.promises;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerId;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.clientela.service.CaseId;
import org.clientela.service.PromiseBroken;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;
import org.clientela.service.internal.cases.Cases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every commitment made to a customer, with its due moment and owner. A promise is kept when it
 * is marked kept no later than its due moment; a pending promise whose moment passed is broken,
 * exactly once: the change is a guarded {@code UPDATE ... WHERE status IN (…) AND due_at <= now},
 * its statuses taken from {@link PromiseStatus#canBecome}, so of several instances (or a retry after
 * a restart) only one turns it and publishes {@link PromiseBroken}.
 * <p>
 * Reading the ledger (lists, my day, a case's and a customer's promises) is {@link PromiseList}.
 * <p>
 * Promises are rows changed by guarded SQL, not an aggregate loaded and saved: the row count of
 * that UPDATE is the only fact that says "this call broke it", so {@link PromiseBroken} is
 * published here, right after it, rather than registered on a {@link Promise} read before it.
 */
@Service
public class PromiseLedger {

    private final JdbcClient jdbc;
    private final CustomerDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final UserDirectory users;
    private final Clock clock;

    PromiseLedger(
            JdbcClient jdbc,
            CustomerDirectory directory,
            AuditLog audit,
            ApplicationEventPublisher events,
            UserDirectory users,
            Clock clock) {
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
    public Promise make(
            Long caseId, long customerId, PromiseKind kind, Instant dueAt, String description, String owner) {
        if (customerId <= 0 || directory.find(customerId).isEmpty()) {
            throw new InvalidInputException(
                    InputError.field("customerId", "service.case.customer.unknown", customerId));
        }
        return make(caseId, PromiseParty.customer(CustomerId.of(customerId)), kind, dueAt, description, owner);
    }

    /**
     * Records a promise to {@code party}, a customer the caller has checked or a party another
     * module keeps; as {@link #make(Long, long, PromiseKind, Instant, String, String)} otherwise.
     */
    @Transactional
    public Promise make(
            Long caseId, PromiseParty party, PromiseKind kind, Instant dueAt, String description, String owner) {
        Instant now = clock.instant();
        if (kind == null) {
            throw new InvalidInputException(InputError.field("kind", "service.value.required"));
        }
        if (dueAt == null) {
            throw new InvalidInputException(InputError.field("dueAt", "service.promise.dueAt.required"));
        }
        if (!dueAt.isAfter(now)) {
            throw new InvalidInputException(InputError.field("dueAt", "service.promise.dueAt.past"));
        }
        if (dueAt.isAfter(now.plus(Duration.ofDays(3650)))) {
            throw new InvalidInputException(InputError.field("dueAt", "service.promise.dueAt.tooFar"));
        }
        String who = owner == null || owner.isBlank() ? AuditLog.currentActor() : owner.strip();
        TextInput.require("owner", who, 64, false);
        Cases.ownerIsUser(users, owner, null);
        String text = description == null || description.isBlank()
                ? null
                : description
                        .strip()
                        .substring(0, Math.min(1000, description.strip().length()));
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO service_promise (case_id, customer_id, party_module, party_id, party_name, party_link,
                       kind, description, owner_username, status, made_at, due_at, promised_days)
                VALUES (:caseId, :customer, :module, :party, :name, :link,
                       :kind, :description, :owner, 'PENDING', :made, :due, :days)""")
                .param("caseId", caseId)
                .param("customer", party.isCustomer() ? party.customerId().value() : null, java.sql.Types.BIGINT)
                .param("module", party.module())
                .param("party", party.externalId())
                .param("name", party.name())
                .param("link", party.link())
                .param("kind", kind.name())
                .param("description", text)
                .param("owner", who)
                .param("made", Timestamp.from(now))
                .param("due", Timestamp.from(dueAt))
                .param("days", days(now, dueAt))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        audit.record(
                "PROMISE_MADE",
                "service_promise",
                id,
                kind + " due " + dueAt,
                null,
                null,
                AuditLog.word("service.promise.kind." + kind));
        return get(id);
    }

    @Transactional(readOnly = true)
    public Promise get(long id) {
        return jdbc.sql("SELECT " + PromiseList.COLUMNS + " FROM service_promise WHERE id = :id")
                .param("id", id)
                .query(PromiseList.ROW)
                .optional()
                .orElseThrow(() -> new NotFoundException("promise", id));
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
            throw new PromiseStateException(id, PromiseStatus.BROKEN, PromiseStatus.KEPT);
        }
        promise.requireCanBecome(PromiseStatus.KEPT);
        int kept = jdbc.sql("""
                UPDATE service_promise SET status = 'KEPT', kept_at = :now, actual_days = :days
                 WHERE id = :id AND due_at >= :now AND\s""" + PromiseStatus.sqlMayBecome(PromiseStatus.KEPT))
                .param("now", Timestamp.from(now))
                .param("days", days(promise.madeAt(), now))
                .param("id", id)
                .update();
        if (kept == 0) {
            throw new PromiseStateException(id, get(id).status(), PromiseStatus.KEPT);
        }
        audit.record(
                "PROMISE_KEPT",
                "service_promise",
                id,
                promise.kind() + " kept",
                null,
                null,
                AuditLog.word("service.promise.kind." + promise.kind()));
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
        List<Long> due = jdbc.sql(
                        """
                SELECT id FROM service_promise WHERE due_at <= :now AND\s""" + PromiseStatus.sqlMayBecome(PromiseStatus.BROKEN) + " ORDER BY due_at LIMIT 1000")
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
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
                 WHERE id = :id AND due_at <= :now AND\s""" + PromiseStatus.sqlMayBecome(PromiseStatus.BROKEN))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
        if (changed == 1) {
            Promise p = get(id);
            audit.record(
                    "PROMISE_BROKEN",
                    "service_promise",
                    id,
                    p.kind() + " due " + p.dueAt(),
                    null,
                    null,
                    AuditLog.word("service.promise.kind." + p.kind()));
            events.publishEvent(new PromiseBroken(
                    id,
                    p.aboutCustomer() ? CustomerId.of(p.customerId()) : null,
                    p.caseId() == null ? null : CaseId.of(p.caseId()),
                    p.kind(),
                    p.owner(),
                    p.dueAt(),
                    now));
            return true;
        }
        return false;
    }

    /** Days between two moments, to the hundredth: how long a promise gave itself, or took. */
    public static BigDecimal days(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMinutes())
                .divide(BigDecimal.valueOf(24 * 60), 2, RoundingMode.HALF_UP);
    }
}
