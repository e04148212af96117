package org.clientela.service.internal;

/** How urgent a case is. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
