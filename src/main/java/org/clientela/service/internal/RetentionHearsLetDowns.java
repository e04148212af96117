package org.clientela.service.internal;

import org.clientela.retention.LetDowns;
import org.clientela.service.CaseResolved;
import org.clientela.service.PromiseBroken;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Retention hears every time the business let a customer down: a promise to them broke, or their
 * complaint was resolved against them. Both make the customer likelier to leave. Retention cannot
 * listen to service's events itself (service depends on retention, not the other way round), so
 * service hands them over through {@link LetDowns}, after its own transaction committed; a failed
 * hand-over stays in the event publication registry and is tried again.
 *
 * <p>{@link LetDowns} is looked up when the first let-down arrives rather than at start, so that
 * service's module tests start with retention's beans left out.
 */
@Component
class RetentionHearsLetDowns {

    private final LetDowns letDowns;

    RetentionHearsLetDowns(LetDowns letDowns) {
        this.letDowns = letDowns;
    }

    @ApplicationModuleListener
    void on(PromiseBroken broken) {
        // A promise to a prospect let down no customer: there is no standing to lower.
        if (!broken.toCustomer()) {
            return;
        }
        letDowns.promiseBroken(broken.customerId(), broken.promiseId(), broken.brokenAt());
    }

    @ApplicationModuleListener
    void on(CaseResolved resolved) {
        if (resolved.complaintClosedAgainstCustomer()) {
            letDowns.complaintClosedAgainst(
                    resolved.customerId(), resolved.caseId().value(), resolved.resolvedAt());
        }
    }
}
