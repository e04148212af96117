package org.clientela.retention;

import java.time.Instant;

/**
 * Someone recorded the outcome of a radar call. The lost-customer register may take a
 * {@link CallOutcome#LOST} as a candidate.
 */
public record CallOutcomeRecorded(long taskId, long customerId, SignalKind kind, CallOutcome outcome, String note,
        String recordedBy, Instant recordedAt) {
}
