package org.clientela.customers.internal;

/**
 * A person at a customer: who they are, their title and how much say they have in buying.
 *
 * @param decisionLevel DECISION_MAKER, INFLUENCER, USER or GATEKEEPER
 */
public record Contact(String name, String jobTitle, DecisionLevel decisionLevel, String email, String phone) {}
