package org.clientela.service.internal.publicpromises;

/**
 * The unit of a public promise's target. Working days skip weekends and
 * {@code clientela.service.holidays}; working hours count only the opening hours
 * ({@code clientela.service.opening-hours}), as the response-time targets do.
 */
public enum TargetUnit {
    HOURS,
    WORKING_HOURS,
    DAYS,
    WORKING_DAYS;

    /** Deliveries are known by the day only. */
    public boolean inDays() {
        return this == DAYS || this == WORKING_DAYS;
    }
}
