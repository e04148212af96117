package org.clientela.retention.internal.letdowns;

import java.time.Instant;

/** One time the business let the customer down: what, which promise or case ({@code sourceId}), and when. */
public record LetDown(long customerId, LetDownKind kind, long sourceId, Instant happenedAt) {}
