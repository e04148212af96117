package org.clientela.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerId;

/**
 * Brings in cases that already happened, each with its own moments — what the demo business uses
 * to give the service pages a past, and what an import from another helpdesk would use. The cases
 * go through the same state rules as live ones (a case told nothing is open, one told something is
 * in progress, a resolved one is resolved), but publish no events: they are history, not news.
 */
public interface CaseArchive {

    /** Writes the cases and their promises; returns how many cases were written. */
    int bringIn(List<PastCase> cases);

    /**
     * @param channel          PHONE, EMAIL, LETTER, WEB or IN_PERSON
     * @param priority         LOW, NORMAL, HIGH or URGENT
     * @param owner            the username responsible, or null for nobody yet
     * @param toldCustomer     what the customer was told, and when, in order (may be empty)
     * @param resolvedAt       when it was resolved, or null while open
     * @param resolution       how, when resolved
     * @param concessionKind   REFUND, VOUCHER, FREE_ITEM or PRIORITY_SERVICE, or null for none
     */
    record PastCase(
            CustomerId customerId,
            CaseType type,
            String channel,
            ComplaintReason reason,
            String priority,
            String owner,
            String subject,
            String description,
            Instant openedAt,
            List<Told> toldCustomer,
            List<PastPromise> promises,
            Instant resolvedAt,
            Resolution resolution,
            String resolutionExplanation,
            String concessionKind,
            BigDecimal concessionAmount) {}

    /** One thing the customer was told. */
    record Told(Instant at, String text) {}

    /**
     * A promise made on the case: kept at {@code keptAt}; without it, broken at its due moment if
     * that has passed, pending otherwise.
     */
    record PastPromise(PromiseKind kind, String description, Instant madeAt, Instant dueAt, Instant keptAt) {}
}
