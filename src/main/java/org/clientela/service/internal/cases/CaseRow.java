package org.clientela.service.internal.cases;

import java.time.Instant;
import org.clientela.service.CaseType;
import org.clientela.service.ComplaintReason;

/** One line of a case list, with the customer's name filled in from the customer directory. */
public record CaseRow(
        long id,
        String reference,
        long customerId,
        String customerName,
        CaseType type,
        ComplaintReason reason,
        Priority priority,
        CaseStatus status,
        String owner,
        String subject,
        Instant openedAt,
        Instant lastCustomerUpdateAt,
        Instant nextUpdateDueAt) {

    CaseRow withCustomerName(String name) {
        return new CaseRow(
                id,
                reference,
                customerId,
                name,
                type,
                reason,
                priority,
                status,
                owner,
                subject,
                openedAt,
                lastCustomerUpdateAt,
                nextUpdateDueAt);
    }

    /** Whether the customer is owed news at {@code now}. */
    public boolean updateOverdue(Instant now) {
        return status.isOpen() && nextUpdateDueAt != null && !nextUpdateDueAt.isAfter(now);
    }
}
