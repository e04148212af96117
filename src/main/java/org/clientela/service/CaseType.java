package org.clientela.service;

/** What the customer came with: a complaint, a question or a request. */
public enum CaseType {
    COMPLAINT,
    QUESTION,
    REQUEST
}
