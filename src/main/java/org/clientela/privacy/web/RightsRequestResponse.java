package org.clientela.privacy.web;

import java.time.Instant;
import java.time.LocalDate;
import org.clientela.privacy.internal.requests.RightsRequest;

/** A rights request as the API shows it, with how it stands against its due date today. */
record RightsRequestResponse(
        long id,
        String kind,
        Long customerId,
        String requesterName,
        String contact,
        String channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        long daysLeft,
        boolean overdue,
        String status,
        String handler,
        String details,
        String outcome,
        LocalDate closedOn,
        Long caseId,
        Long letterId,
        String createdBy,
        Instant createdAt,
        long version) {

    static RightsRequestResponse of(RightsRequest r, LocalDate today) {
        return new RightsRequestResponse(
                r.id(),
                r.kind().name(),
                r.customerId(),
                r.requesterName(),
                r.contact(),
                r.channel().name(),
                r.receivedOn(),
                r.dueOn(),
                r.daysLeft(today),
                r.overdueOn(today),
                r.status().name(),
                r.handler(),
                r.details(),
                r.outcome(),
                r.closedOn(),
                r.caseId(),
                r.letterId(),
                r.createdBy(),
                r.createdAt(),
                r.version());
    }
}
