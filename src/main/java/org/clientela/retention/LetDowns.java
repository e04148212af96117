package org.clientela.retention;

import java.time.Instant;

/**
 * Times the business let a customer down, as retention must hear them: a promise made to the
 * customer that broke, a complaint closed against the customer. Both make the customer likelier to
 * leave (a signal for the radar) and, should they leave, name the likely reason.
 *
 * <p>The service module tells retention through this interface from its own event listeners, after
 * its transaction commits: service already depends on retention, so retention cannot listen to
 * service's events without the two modules depending on each other. Each call is idempotent per
 * source (a redelivered event changes nothing).
 */
public interface LetDowns {

    /** A promise made to the customer broke at {@code brokenAt}. */
    void promiseBroken(long customerId, long promiseId, Instant brokenAt);

    /** The customer's complaint was closed against them (the business did not agree) at {@code closedAt}. */
    void complaintClosedAgainst(long customerId, long caseId, Instant closedAt);
}
