package org.clientela.satisfaction.internal.requests;

/**
 * How urgent a request is; the same steps as a case's priority, so that the response-targets page
 * sets both (a request's target is the one of its type and priority).
 */
public enum RequestPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
