package org.clientela.service;

import java.time.Instant;

/** A customer's case was opened (from any channel). */
public record CaseOpened(long caseId, long customerId, String reference, CaseType type, ComplaintReason reason,
        String owner, Instant openedAt) {
}
