package org.clientela.service;

import java.time.Instant;

/** A promise was kept before its due moment. */
public record PromiseKept(long promiseId, long customerId, PromiseKind kind, String owner, Instant keptAt) {
}
