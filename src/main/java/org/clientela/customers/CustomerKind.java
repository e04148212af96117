package org.clientela.customers;

/** Whether the customer is a business or a private person. */
public enum CustomerKind {
    COMPANY,
    PERSON
}
