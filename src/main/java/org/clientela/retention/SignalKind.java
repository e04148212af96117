package org.clientela.retention;

/** What the retention radar noticed about a customer. */
public enum SignalKind {
    /** The average order of the last months fell well below the customer's own earlier average. */
    AOV_DECLINE,
    /** The customer's next order is far later than their own usual interval. */
    OVERDUE,
    /** A category the customer bought regularly has stopped, while they keep ordering. */
    DROPPED_CATEGORY,
    /** The customer-base model gives a low probability that the customer is still active. */
    LOW_ACTIVITY_PROBABILITY,
    /** A promise made to the customer broke recently. */
    PROMISE_BROKEN,
    /** A complaint of the customer was recently closed against them. */
    COMPLAINT_CLOSED_AGAINST
}
