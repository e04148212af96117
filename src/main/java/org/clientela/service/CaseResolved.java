package org.clientela.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.clientela.customers.CustomerId;

/**
 * A case was resolved, with the total value of the concessions made on it. A complaint resolved
 * {@link Resolution#AGAINST_CUSTOMER} is a let-down retention hears about.
 */
public record CaseResolved(
        CaseId caseId,
        CustomerId customerId,
        String reference,
        CaseType type,
        Resolution resolution,
        BigDecimal concessions,
        Instant resolvedAt) {

    /** Whether the customer complained and the business did not agree. */
    public boolean complaintClosedAgainstCustomer() {
        return type == CaseType.COMPLAINT && resolution == Resolution.AGAINST_CUSTOMER;
    }
}
