package org.clientela.service;

import java.time.Instant;
import org.clientela.customers.CustomerId;

/**
 * A promise's due moment passed while it was still pending. Published exactly once per promise,
 * whatever the number of instances or restarts.
 *
 * @param caseId the case the promise was made on, or null for a promise made outside a case
 */
public record PromiseBroken(
        long promiseId,
        CustomerId customerId,
        CaseId caseId,
        PromiseKind kind,
        String owner,
        Instant dueAt,
        Instant brokenAt) {}
