package org.clientela.service.internal.promises;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A promise is pending until it is kept or its due moment passes (broken). Kept and broken are
 * final: a broken promise cannot be kept afterwards, a kept one cannot break.
 */
public enum PromiseStatus {
    PENDING,
    KEPT,
    BROKEN;

    /** Whether a promise in this status may move to {@code next}. */
    public boolean canBecome(PromiseStatus next) {
        return this == PENDING && next != PENDING;
    }

    /** The statuses from which a promise may move to {@code next}. */
    public static Set<PromiseStatus> from(PromiseStatus next) {
        Set<PromiseStatus> from = EnumSet.noneOf(PromiseStatus.class);
        for (PromiseStatus s : values()) {
            if (s.canBecome(next)) {
                from.add(s);
            }
        }
        return from;
    }

    /**
     * The SQL condition "the row may move to {@code next}", for a guarded {@code UPDATE}: the
     * database, not this process, decides which of several racing instances makes the move.
     */
    static String sqlMayBecome(PromiseStatus next) {
        Set<PromiseStatus> from = from(next);
        if (from.isEmpty()) {
            return "1 = 0";
        }
        return from.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "status IN (", ")"));
    }
}
