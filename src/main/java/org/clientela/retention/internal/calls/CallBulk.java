package org.clientela.retention.internal.calls;

import java.util.List;
import java.util.Objects;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.retention.CallOutcome;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Marks several of the radar's calls done at once, with one outcome, as if each were recorded on
 * its own ({@link CallTasks#record}: audited, published). Only pending calls are marked: a call
 * already done keeps the outcome someone wrote, and one no longer needed stays so.
 */
@Service
public class CallBulk {

    /** Calls one bulk change takes at most. */
    public static final int MAX = 200;

    /** A pending call as the confirmation lists it. */
    public record Pending(long id, long customerId, String owner) {}

    private final JdbcClient jdbc;
    private final CallTasks tasks;

    CallBulk(JdbcClient jdbc, CallTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** The chosen calls that are still pending. */
    public List<Pending> pending(List<Long> ids) {
        List<Long> distinct = ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInputException(InputError.field("ids", "retention.calls.bulk.none"));
        }
        if (distinct.size() > MAX) {
            throw new InvalidInputException(InputError.field("ids", "retention.calls.bulk.tooMany", MAX));
        }
        return jdbc.sql("""
                        SELECT id, customer_id, owner_username FROM retention_call_task
                         WHERE id IN (:ids) AND status = 'OPEN' ORDER BY id""")
                .param("ids", distinct)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    /** Records {@code outcome} on every chosen call still pending; returns how many were marked. */
    public int markDone(List<Long> ids, CallOutcome outcome) {
        if (outcome == null) {
            throw new InvalidInputException(InputError.field("outcome", "retention.calls.bulk.outcome.required"));
        }
        int done = 0;
        for (Pending call : pending(ids)) {
            try {
                tasks.record(call.id(), outcome, null, null);
                done++;
            } catch (OptimisticLockingFailureException recordedMeanwhile) {
                // Someone recorded this call at the same moment: theirs stands.
            }
        }
        return done;
    }
}
