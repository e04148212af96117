package org.clientela.service.internal.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands: open and in progress are "open"; resolved and closed are done. The moves a
 * case's life allows: someone starts an open case; an open case is resolved; a resolved case is
 * closed, or reopened (back in progress) when the customer comes back about it. A closed case
 * never moves again, and nothing goes back to OPEN: "open" means nobody has touched it yet.
 */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The statuses a case in this status may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** Whether a case in this status may move to {@code next}. */
    public boolean canBecome(CaseStatus next) {
        return next().contains(next);
    }
}
