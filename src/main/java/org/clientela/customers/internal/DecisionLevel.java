package org.clientela.customers.internal;

/** How much say a contact has in a purchase. */
public enum DecisionLevel {
    DECISION_MAKER,
    INFLUENCER,
    USER,
    GATEKEEPER
}
