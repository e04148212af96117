package org.clientela.service.internal.responsetimes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.service.CaseType;
import org.clientela.service.internal.cases.Priority;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response-time targets: per case type and priority, the opening hours within which a customer must first
 * hear from us and the case must be resolved. Managers change them against the version they read
 * (a save based on an older one is refused, so two managers never overwrite each other unseen);
 * every change is audited and counts from the next look at a case.
 */
@Service
public class ResponseTargets {

    /** The longest first-response target, in opening hours (about a year of 9-hour days). */
    public static final int MAX_HOURS = 2500;

    /**
     * One cell of the table; {@code version} is null when no target is set (the case shows no clock).
     */
    public record Target(
            CaseType type,
            Priority priority,
            Integer firstResponseHours,
            Integer resolutionHours,
            Long version,
            String updatedBy,
            Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ResponseTargets(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every case type × priority, in the enums' order, set or not. */
    @Transactional(readOnly = true)
    public List<Target> all() {
        Map<String, Target> set = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT case_type, priority, first_response_hours, resolution_hours, version, updated_by, updated_at
                FROM service_response_target""")
                .query((rs, n) -> new Target(
                        CaseType.valueOf(rs.getString(1)),
                        Priority.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list()
                .forEach(t -> set.put(t.type() + "/" + t.priority(), t));
        List<Target> all = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Priority priority : Priority.values()) {
                all.add(set.getOrDefault(
                        type + "/" + priority, new Target(type, priority, null, null, null, null, null)));
            }
        }
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<Target> of(CaseType type, Priority priority) {
        return all().stream()
                .filter(t -> t.type() == type && t.priority() == priority)
                .findFirst();
    }

    /**
     * Sets a target. {@code expectedVersion} is the version read, null when none was set; when someone
     * saved it since, {@link OptimisticLockingFailureException} and nothing changes.
     *
     * @throws InvalidInputException naming {@code firstResponseHours} or {@code resolutionHours}
     */
    @Transactional
    public Target change(
            CaseType type,
            Priority priority,
            Long expectedVersion,
            Integer firstResponseHours,
            Integer resolutionHours) {
        List<InputError> problems = problems(firstResponseHours, resolutionHours);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Target before = of(type, priority).orElseThrow();
        String actor = AuditLog.currentActor();
        Timestamp now = Timestamp.from(clock.instant());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type.name());
        p.put("priority", priority.name());
        p.put("first", firstResponseHours);
        p.put("resolution", resolutionHours);
        p.put("actor", actor);
        p.put("now", now);
        if (expectedVersion == null) {
            if (before.version() != null) {
                throw new OptimisticLockingFailureException("Target " + type + "/" + priority + " was set meanwhile");
            }
            try {
                jdbc.sql("""
                        INSERT INTO service_response_target (case_type, priority, first_response_hours,
                            resolution_hours, version, updated_by, updated_at)
                        VALUES (:type, :priority, :first, :resolution, 0, :actor, :now)""").params(p).update();
            } catch (DuplicateKeyException someoneFirst) {
                throw new OptimisticLockingFailureException("Target " + type + "/" + priority + " was set meanwhile");
            }
        } else {
            p.put("version", expectedVersion);
            int changed = jdbc.sql("""
                    UPDATE service_response_target SET first_response_hours = :first, resolution_hours = :resolution,
                        version = version + 1, updated_by = :actor, updated_at = :now
                    WHERE case_type = :type AND priority = :priority AND version = :version""").params(p).update();
            if (changed == 0) {
                throw new OptimisticLockingFailureException(
                        "Target " + type + "/" + priority + " changed since " + expectedVersion);
            }
        }
        Target after = of(type, priority).orElseThrow();
        audit.record(
                "RESPONSE_TARGET_CHANGED",
                "service_response_target",
                type + "/" + priority,
                type + " " + priority + ": " + after.firstResponseHours() + " h / " + after.resolutionHours() + " h",
                snapshot(before),
                snapshot(after),
                AuditLog.word("service.case.type." + type),
                AuditLog.word("service.case.priority." + priority),
                after.firstResponseHours(),
                after.resolutionHours());
        return after;
    }

    /** What is wrong with a pair of targets, naming the field; empty when they may be saved. */
    public static List<InputError> problems(Integer first, Integer resolution) {
        List<InputError> errors = new ArrayList<>();
        if (first == null) {
            errors.add(InputError.field("firstResponseHours", "service.value.required"));
        } else if (first < 1 || first > MAX_HOURS) {
            errors.add(InputError.field("firstResponseHours", "service.value.between", 1, MAX_HOURS));
        }
        if (resolution == null) {
            errors.add(InputError.field("resolutionHours", "service.value.required"));
        } else if (resolution < 1 || resolution > 2 * MAX_HOURS) {
            errors.add(InputError.field("resolutionHours", "service.value.between", 1, 2 * MAX_HOURS));
        } else if (first != null && resolution < first) {
            errors.add(InputError.field("resolutionHours", "service.targets.resolution.beforeFirst", first));
        }
        return errors;
    }

    private static Map<String, Object> snapshot(Target t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("firstResponseHours", t.firstResponseHours());
        s.put("resolutionHours", t.resolutionHours());
        s.put("version", t.version());
        return s;
    }
}
