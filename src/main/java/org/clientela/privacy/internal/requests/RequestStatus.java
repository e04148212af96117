package org.clientela.privacy.internal.requests;

/**
 * Where a rights request stands. An open request is answered, refused (with the reason, which the
 * person must be told) or extended once by two more months when it is complex or one of many;
 * an extended request is then answered or refused. Answered and refused are final.
 */
public enum RequestStatus {
    OPEN,
    EXTENDED,
    ANSWERED,
    REFUSED;

    /** Whether the request still waits for its answer, so its due date matters. */
    public boolean pending() {
        return this == OPEN || this == EXTENDED;
    }

    /** Whether a request may move from here to {@code next}. */
    public boolean canBecome(RequestStatus next) {
        return switch (this) {
            case OPEN -> next == EXTENDED || next == ANSWERED || next == REFUSED;
            case EXTENDED -> next == ANSWERED || next == REFUSED;
            case ANSWERED, REFUSED -> false;
        };
    }
}
