package org.clientela.satisfaction.internal.followups;

/** Why the rule gave a call for an order. */
public enum FollowUpReason {
    /** The customer's first order. */
    FIRST_ORDER,
    /** An order of at least the rule's amount. */
    AMOUNT
}
