package org.clientela.retention;

import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerId;

/**
 * Someone recorded the outcome of a radar call. A {@link CallOutcome#WON_BACK} ends the customer's
 * standing loss, if they stand lost.
 *
 * @param kind    the signal the call was made for, for the older calls made per signal; null for the
 *                calls the radar now chooses per customer (see {@code reasons})
 * @param reasons the signals that explained the customer's risk when the call was chosen; may be empty
 */
public record CallOutcomeRecorded(
        long taskId,
        CustomerId customerId,
        SignalKind kind,
        List<SignalKind> reasons,
        CallOutcome outcome,
        String note,
        String recordedBy,
        Instant recordedAt) {}
