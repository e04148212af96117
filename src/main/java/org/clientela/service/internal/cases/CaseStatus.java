package org.clientela.service.internal.cases;

/** Where a case stands: open and in progress are "open"; resolved and closed are done. */
public enum CaseStatus {
    OPEN, IN_PROGRESS, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
