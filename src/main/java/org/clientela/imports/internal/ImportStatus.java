package org.clientela.imports.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Where an import stands, and where it may go from there. An import starts RUNNING and ends DONE
 * (written whole) or FAILED (nothing written, with the rows' errors). INTERRUPTED: its instance was
 * taken for dead while it ran (its heartbeat stopped for longer than a lease) and nothing of it was
 * saved; an instance that was only slow may still end it DONE or FAILED, since an import commits
 * whole or not at all and its own end is what happened. DONE and FAILED are final.
 */
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED;

    /** Whether a job in this status may move to {@code next}. */
    public boolean canBecome(ImportStatus next) {
        return switch (this) {
            case RUNNING -> next != RUNNING;
            case INTERRUPTED -> next == DONE || next == FAILED;
            case DONE, FAILED -> false;
        };
    }

    /** The statuses from which a job may move to {@code next}: the guard of the UPDATE that moves it. */
    public static List<String> before(ImportStatus next) {
        return Arrays.stream(values())
                .filter(s -> s.canBecome(next))
                .map(Enum::name)
                .toList();
    }

    /** @throws ImportJobStateException when a job in this status may not move to {@code next} */
    public void requireCanBecome(ImportStatus next) {
        if (!canBecome(next)) {
            throw new ImportJobStateException(this, next);
        }
    }
}
