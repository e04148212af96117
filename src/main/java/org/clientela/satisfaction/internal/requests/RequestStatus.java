package org.clientela.satisfaction.internal.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an internal request stands. The serving department answers an open request (in progress)
 * or closes it; the requester may withdraw it while it is open. Closed and cancelled are final:
 * a request that needs more is a new request, so the clocks of the first stay honest.
 */
public enum RequestStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED,
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The statuses a request in this status may move to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, CLOSED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canBecome(RequestStatus next) {
        return next().contains(next);
    }

    /** The statuses from which a request may become {@code next}, for the guarded UPDATE. */
    static Set<RequestStatus> before(RequestStatus next) {
        Set<RequestStatus> from = EnumSet.noneOf(RequestStatus.class);
        for (RequestStatus s : values()) {
            if (s.canBecome(next)) {
                from.add(s);
            }
        }
        return from;
    }
}
