package org.clientela.service;

import java.time.Instant;

/**
 * A promise's due moment passed while it was still pending. Published exactly once per promise,
 * whatever the number of instances or restarts.
 */
public record PromiseBroken(
        long promiseId,
        long customerId,
        Long caseId,
        PromiseKind kind,
        String owner,
        Instant dueAt,
        Instant brokenAt) {}
