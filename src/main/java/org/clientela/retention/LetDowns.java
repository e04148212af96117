package org.clientela.retention;

import java.time.Instant;
import org.clientela.customers.CustomerId;

/**
 * Times the business let a customer down, as retention must hear them: a promise made to the
 * customer that broke, a complaint closed against the customer. Both make the customer likelier to
 * leave (a signal for the radar) and, should they leave, name the likely reason.
 *
 * <p>The service module tells retention through this interface from its own event listeners, after
 * its transaction commits: service already depends on retention, so retention cannot listen to
 * service's events without the two modules depending on each other. Each call is idempotent per
 * source (a redelivered event changes nothing).
 *
 * <p>The customer's id is typed; the promise's and the case's stay numbers, since retention does not
 * know service's types, and a number can no longer be passed where the customer is meant.
 */
public interface LetDowns {

    /** A promise made to the customer broke at {@code brokenAt}. */
    void promiseBroken(CustomerId customerId, long promiseId, Instant brokenAt);

    /** The customer's complaint was closed against them (the business did not agree) at {@code closedAt}. */
    void complaintClosedAgainst(CustomerId customerId, long caseId, Instant closedAt);
}
