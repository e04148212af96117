package org.clientela.service.internal.cases;

/** How urgent a case is. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
