package org.clientela.service;

/**
 * How a case ended. Against the customer needs a written explanation of how the decision was
 * reached, so that "no" is said with reasons.
 */
public enum Resolution {
    IN_FAVOUR,
    AGAINST_CUSTOMER
}
