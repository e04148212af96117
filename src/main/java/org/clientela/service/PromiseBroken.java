package org.clientela.service;

import java.time.Instant;
import org.clientela.customers.CustomerId;

/**
 * A promise's due moment passed while it was still pending. Published exactly once per promise,
 * whatever the number of instances or restarts.
 *
 * @param customerId the customer the promise was made to, or null when it was made to a party that is
 *     not a customer yet (a prospect): then nobody's customer standing is touched
 * @param caseId the case the promise was made on, or null for a promise made outside a case
 */
public record PromiseBroken(
        long promiseId,
        CustomerId customerId,
        CaseId caseId,
        PromiseKind kind,
        String owner,
        Instant dueAt,
        Instant brokenAt) {

    /** Whether the promise was made to a customer. */
    public boolean toCustomer() {
        return customerId != null;
    }
}
