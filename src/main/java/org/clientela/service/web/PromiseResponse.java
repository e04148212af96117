package org.clientela.service.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.service.internal.promises.Promise;

/** A promise over JSON. */
record PromiseResponse(
        long id,
        Long caseId,
        long customerId,
        String kind,
        String description,
        String owner,
        String status,
        Instant madeAt,
        Instant dueAt,
        Instant keptAt,
        Instant brokenAt,
        BigDecimal promisedDays,
        BigDecimal actualDays) {

    static PromiseResponse of(Promise p) {
        return new PromiseResponse(
                p.id(),
                p.caseId(),
                p.customerId(),
                p.kind().name(),
                p.description(),
                p.owner(),
                p.status().name(),
                p.madeAt(),
                p.dueAt(),
                p.keptAt(),
                p.brokenAt(),
                p.promisedDays(),
                p.actualDays());
    }

    /** A page of promises. */
    record Page(List<PromiseResponse> items, int page, int size, boolean hasNext) {}
}
