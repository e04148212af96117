package org.clientela.retention.internal.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerId;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.CallOutcome;
import org.clientela.retention.CallOutcomeRecorded;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.radar.SignalView.TaskStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls the radar asks for ({@link CallPlan}): recording a call's outcome closes the task (a later
 * record corrects it). Each record is audited and published as {@link CallOutcomeRecorded}.
 */
@Service
public class CallTasks {

    static final int NOTE_MAX = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallTasks(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records what came of the call.
     *
     * @param version the task's version as the person saw it, or {@code null} to skip the check
     * @throws InvalidInputException when the outcome is missing or the note too long
     * @throws NotFoundException when there is no such task
     * @throws OptimisticLockingFailureException when someone recorded an outcome in between
     */
    @Transactional
    public void record(long taskId, CallOutcome outcome, String note, Long version) {
        List<InputError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(InputError.field("outcome", "retention.task.outcome.required"));
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            errors.add(InputError.field("note", "retention.task.note.tooLong", NOTE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<Map<String, Object>> found =
                jdbc.sql("""
                SELECT t.customer_id, t.version, t.status, s.kind, t.reasons FROM retention_call_task t
                  LEFT JOIN retention_signal s ON s.id = t.signal_id WHERE t.id = :id""").param("id", taskId).query().listOfRows();
        if (found.isEmpty()) {
            throw new NotFoundException("call task", taskId);
        }
        Map<String, Object> task = found.get(0);
        TaskStatus status = TaskStatus.valueOf((String) task.get("status"));
        if (!status.canBecome(TaskStatus.DONE)) {
            throw new CallTaskStateException(taskId, status, TaskStatus.DONE);
        }
        long current = ((Number) task.get("version")).longValue();
        if (version != null && version != current) {
            throw new OptimisticLockingFailureException("Call task " + taskId + " changed");
        }
        Instant now = clock.instant();
        String by = AuditLog.currentActor();
        int updated = jdbc.sql("""
                UPDATE retention_call_task SET status = 'DONE', open = NULL, outcome = :outcome, note = :note,
                       closed_by = :by, closed_at = :now, version = version + 1 WHERE id = :id AND version = :version""")
                .param("outcome", outcome.name())
                .param("note", cleanNote)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .param("id", taskId)
                .param("version", current)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Call task " + taskId + " changed");
        }
        long customerId = ((Number) task.get("customer_id")).longValue();
        SignalKind kind = task.get("kind") == null ? null : SignalKind.valueOf((String) task.get("kind"));
        List<SignalKind> reasons = reasons((String) task.get("reasons"));
        audit.record(
                "CALL_OUTCOME_RECORDED",
                "retention_call_task",
                taskId,
                "Customer " + customerId + ": " + (kind != null ? kind : reasons) + " → " + outcome,
                null,
                Map.of("outcome", outcome.name(), "note", cleanNote == null ? "" : cleanNote),
                AuditLog.word("retention.outcome." + outcome.name()));
        events.publishEvent(
                new CallOutcomeRecorded(taskId, CustomerId.of(customerId), kind, reasons, outcome, cleanNote, by, now));
    }

    /** The signal codes of a call's {@code reasons} column ('' = none). */
    static List<SignalKind> reasons(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(SignalKind.values())
                .filter(k -> java.util.Arrays.stream(codes.split(","))
                        .map(String::strip)
                        .anyMatch(k.name()::equals))
                .toList();
    }
}
