package org.clientela.service.internal.investigations;

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
import org.clientela.service.internal.cases.Cases;
import org.clientela.service.internal.cases.ServiceCase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "We dropped the ball": one investigation per case, written and corrected against the version a
 * person read (someone else's save in between is refused, not overwritten), every change audited.
 * What the investigations add up to over the months is the {@link RootCauseReport}.
 */
@Service
public class Investigations {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;

    Investigations(JdbcClient jdbc, Cases cases, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person writes; {@code errorAdmitted} null means not answered. */
    public record Record(
            String promised,
            String expected,
            String received,
            Boolean errorAdmitted,
            String admissionNote,
            RootCause rootCause,
            String rootCauseNote,
            String fix) {}

    @Transactional(readOnly = true)
    public Optional<Investigation> of(long caseId) {
        return jdbc.sql("""
                SELECT case_id, promised, expected, received, error_admitted, admission_note, root_cause,
                       root_cause_note, fix, recorded_by, recorded_at, updated_by, updated_at, version
                FROM service_investigation WHERE case_id = :caseId""")
                .param("caseId", caseId)
                .query((rs, n) -> new Investigation(
                        rs.getLong("case_id"),
                        rs.getString("promised"),
                        rs.getString("expected"),
                        rs.getString("received"),
                        rs.getBoolean("error_admitted"),
                        rs.getString("admission_note"),
                        RootCause.valueOf(rs.getString("root_cause")),
                        rs.getString("root_cause_note"),
                        rs.getString("fix"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version")))
                .optional();
    }

    /**
     * Records the case's investigation. {@code expectedVersion} is the version read, null when there was
     * none yet; when someone saved in between, {@link OptimisticLockingFailureException}.
     */
    @Transactional
    public Investigation save(long caseId, Long expectedVersion, Record r) {
        ServiceCase c = cases.get(caseId);
        check(r);
        String actor = AuditLog.currentActor();
        Instant now = clock.instant();
        Optional<Investigation> before = of(caseId);
        if (before.isEmpty()) {
            if (expectedVersion != null) {
                throw new OptimisticLockingFailureException("Investigation of case " + caseId + " is gone");
            }
            try {
                jdbc.sql("""
                        INSERT INTO service_investigation (case_id, promised, expected, received, error_admitted,
                            admission_note, root_cause, root_cause_note, fix, recorded_by, recorded_at, updated_by,
                            updated_at, version)
                        VALUES (:caseId, :promised, :expected, :received, :admitted, :admission, :cause, :causeNote,
                            :fix, :actor, :now, :actor, :now, 0)""").params(params(caseId, r, actor, now)).update();
            } catch (DuplicateKeyException someoneFirst) {
                throw new OptimisticLockingFailureException("Investigation of case " + caseId + " saved meanwhile");
            }
        } else {
            if (expectedVersion == null || before.get().version() != expectedVersion) {
                throw new OptimisticLockingFailureException("Investigation of case " + caseId + " changed");
            }
            Map<String, Object> p = params(caseId, r, actor, now);
            p.put("version", expectedVersion);
            int changed = jdbc.sql("""
                    UPDATE service_investigation SET promised = :promised, expected = :expected, received = :received,
                        error_admitted = :admitted, admission_note = :admission, root_cause = :cause,
                        root_cause_note = :causeNote, fix = :fix, updated_by = :actor, updated_at = :now,
                        version = version + 1
                    WHERE case_id = :caseId AND version = :version""").params(p).update();
            if (changed == 0) {
                throw new OptimisticLockingFailureException("Investigation of case " + caseId + " changed");
            }
        }
        Investigation after = of(caseId).orElseThrow();
        audit.record(
                before.isEmpty() ? "CASE_INVESTIGATED" : "CASE_INVESTIGATION_CHANGED",
                "service_case",
                caseId,
                c.getReference() + " " + after.rootCause(),
                before.map(Investigations::snapshot).orElse(null),
                snapshot(after),
                c.getReference(),
                AuditLog.word("service.investigation.cause." + after.rootCause()));
        return after;
    }

    private static void check(Record r) {
        List<InputError> errors = new ArrayList<>();
        require(errors, "received", r.received());
        require(errors, "fix", r.fix());
        if (r.rootCause() == null) {
            errors.add(InputError.field("rootCause", "service.value.required"));
        }
        if (r.errorAdmitted() == null) {
            errors.add(InputError.field("errorAdmitted", "service.value.required"));
        } else if (r.errorAdmitted() && blank(r.admissionNote())) {
            errors.add(InputError.field("admissionNote", "service.investigation.admission.how"));
        }
        if (r.rootCause() == RootCause.OTHER && blank(r.rootCauseNote())) {
            errors.add(InputError.field("rootCauseNote", "service.investigation.cause.other"));
        }
        length(errors, "promised", r.promised());
        length(errors, "expected", r.expected());
        length(errors, "received", r.received());
        length(errors, "admissionNote", r.admissionNote());
        length(errors, "rootCauseNote", r.rootCauseNote());
        length(errors, "fix", r.fix());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void require(List<InputError> errors, String field, String value) {
        if (blank(value)) {
            errors.add(InputError.field(field, "service.value.required"));
        }
    }

    private static void length(List<InputError> errors, String field, String value) {
        if (value != null && value.strip().length() > MAX_TEXT) {
            errors.add(InputError.field(field, "service.value.tooLong", MAX_TEXT));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> params(long caseId, Record r, String actor, Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("caseId", caseId);
        p.put("promised", Cases.blankToNull(r.promised()));
        p.put("expected", Cases.blankToNull(r.expected()));
        p.put("received", Cases.blankToNull(r.received()));
        p.put("admitted", r.errorAdmitted());
        p.put("admission", r.errorAdmitted() ? Cases.blankToNull(r.admissionNote()) : null);
        p.put("cause", r.rootCause().name());
        p.put("causeNote", Cases.blankToNull(r.rootCauseNote()));
        p.put("fix", Cases.blankToNull(r.fix()));
        p.put("actor", actor);
        p.put("now", Timestamp.from(now));
        return p;
    }

    private static Object snapshot(Investigation i) {
        return Map.of(
                "rootCause",
                i.rootCause(),
                "errorAdmitted",
                i.errorAdmitted(),
                "fix",
                i.fix(),
                "received",
                i.received(),
                "version",
                i.version());
    }
}
