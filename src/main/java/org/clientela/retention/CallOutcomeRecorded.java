package org.clientela.retention;

import java.time.Instant;
import java.util.List;

/**
 * Someone recorded the outcome of a radar call. The lost-customer register may take a
 * {@link CallOutcome#LOST} as a candidate.
 *
 * @param kind    the signal the call was made for, for the calls made per signal before issue 14; null for
 *                the calls the radar now chooses per customer (see {@code reasons})
 * @param reasons the signals that explained the customer's risk when the call was chosen; may be empty
 */
public record CallOutcomeRecorded(long taskId, long customerId, SignalKind kind, List<SignalKind> reasons,
        CallOutcome outcome, String note, String recordedBy, Instant recordedAt) {
}
