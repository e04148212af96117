package org.clientela.service;

import java.math.BigDecimal;
import java.time.Instant;

/** A case was resolved, with the total value of the concessions made on it. */
public record CaseResolved(long caseId, long customerId, String reference, Resolution resolution,
        BigDecimal concessions, Instant resolvedAt) {
}
