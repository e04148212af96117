package org.clientela.service.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerNames;
import org.clientela.service.internal.cases.CaseNote;
import org.clientela.service.internal.cases.Concession;
import org.clientela.service.internal.cases.ServiceCase;

/** A case over JSON; send {@code version} back with a change. */
record CaseResponse(
        long id,
        String reference,
        long version,
        long customerId,
        String type,
        String channel,
        String reason,
        String priority,
        String status,
        String owner,
        String subject,
        String description,
        int updateEveryDays,
        Instant lastCustomerUpdateAt,
        Instant nextUpdateDueAt,
        String resolution,
        String resolutionExplanation,
        Instant openedAt,
        Instant resolvedAt,
        BigDecimal concessionTotal,
        List<CaseNote> notes,
        List<Concession> concessions) {

    /** {@code c} with its subject as the reader sees it: an anonymised customer's marker in their language. */
    static CaseResponse of(ServiceCase c, CustomerNames names) {
        return new CaseResponse(
                c.getId(),
                c.getReference(),
                c.getVersion(),
                c.getCustomerId(),
                c.getType().name(),
                c.getChannel().name(),
                c.getReason() == null ? null : c.getReason().name(),
                c.getPriority().name(),
                c.getStatus().name(),
                c.getOwnerUsername(),
                names.shown(c.getCustomerId(), c.getSubject()),
                c.getDescription(),
                c.getUpdateEveryDays(),
                c.getLastCustomerUpdateAt(),
                c.getNextUpdateDueAt(),
                c.getResolution() == null ? null : c.getResolution().name(),
                c.getResolutionExplanation(),
                c.getOpenedAt(),
                c.getResolvedAt(),
                c.concessionTotal(),
                c.getNotes(),
                c.getConcessions());
    }
}
