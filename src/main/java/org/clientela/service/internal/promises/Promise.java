package org.clientela.service.internal.promises;

import java.math.BigDecimal;
import java.time.Instant;
import org.clientela.service.PromiseKind;

/** One commitment made to a customer, as the ledger holds it. */
public record Promise(
        long id,
        Long caseId,
        long customerId,
        PromiseKind kind,
        String description,
        String owner,
        PromiseStatus status,
        Instant madeAt,
        Instant dueAt,
        Instant keptAt,
        Instant brokenAt,
        BigDecimal promisedDays,
        BigDecimal actualDays) {

    /**
     * Refuses a move the promise's life does not allow (keeping a broken promise). The ledger asks
     * before its guarded change; the change itself is what decides between racing instances.
     */
    void requireCanBecome(PromiseStatus next) {
        if (!status.canBecome(next)) {
            throw new PromiseStateException(id, status, next);
        }
    }

    /** Days to spare when kept early (promised 7, delivered in 3: 4), or {@code null}. */
    public BigDecimal daysToSpare() {
        return actualDays == null ? null : promisedDays.subtract(actualDays);
    }
}
