package org.clientela.service;

import java.time.Instant;

/** Someone committed to something for a customer, due at a moment; {@code caseId} may be {@code null}. */
public record PromiseMade(long promiseId, long customerId, Long caseId, PromiseKind kind, String owner,
        Instant dueAt) {
}
