package org.clientela.service.internal.promises;

import java.math.BigDecimal;
import java.time.Instant;
import org.clientela.customers.CustomerId;
import org.clientela.service.PromiseKind;
import org.clientela.service.PromiseParty;

/**
 * One commitment made to a customer, or to a party that is not a customer yet (then
 * {@code customerId} is null and {@code party} names it), as the ledger holds it.
 */
public record Promise(
        long id,
        Long caseId,
        Long customerId,
        PromiseKind kind,
        String description,
        String owner,
        PromiseStatus status,
        Instant madeAt,
        Instant dueAt,
        Instant keptAt,
        Instant brokenAt,
        BigDecimal promisedDays,
        BigDecimal actualDays,
        PromiseParty party) {

    /** A promise to the customer {@code customerId}. */
    public Promise(
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
        this(
                id,
                caseId,
                customerId,
                kind,
                description,
                owner,
                status,
                madeAt,
                dueAt,
                keptAt,
                brokenAt,
                promisedDays,
                actualDays,
                PromiseParty.customer(CustomerId.of(customerId)));
    }

    /** Whether the promise was made to a customer (not to a party that is not one yet). */
    public boolean aboutCustomer() {
        return customerId != null;
    }

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
