package org.clientela.service.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.service.internal.promises.Promise;

/** A promise over JSON. */
record PromiseResponse(
        long id,
        Long caseId,
        Long customerId,
        String kind,
        String description,
        String owner,
        String status,
        Instant madeAt,
        Instant dueAt,
        Instant keptAt,
        Instant brokenAt,
        BigDecimal promisedDays,
        BigDecimal actualDays,
        Party party) {

    /** Whom a promise that is not to a customer was made to: the module keeping it, its id, name and page. */
    record Party(String module, String id, String name, String link) {}

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
                p.actualDays(),
                p.aboutCustomer()
                        ? null
                        : new Party(
                                p.party().module(),
                                p.party().externalId(),
                                p.party().name(),
                                p.party().link()));
    }

    /** A page of promises. */
    record Page(List<PromiseResponse> items, int page, int size, boolean hasNext) {}
}
