package org.clientela.service.internal.publicpromises;

import java.time.LocalDate;

/**
 * A public promise measured over a window of days.
 *
 * @param measured    occurrences judged (orders with a delivery date, call-backs made or overdue, cases
 *                    answered or overdue, contacts received)
 * @param kept        of those, the ones that kept the public promise (for the opening hours: contacts
 *                    that arrived while we said we are open)
 * @param keptPercent {@code kept} as a whole percent, {@code null} when too little data
 * @param median      the median actual time in the promise's unit, {@code null} when too little data or untimed
 * @param p90         the 90th percentile: 90 % took this long or less
 * @param notMeasured occurrences that could not be judged (no delivery date; still within the promise)
 */
public record Measurement(
        PublicPromise promise,
        LocalDate from,
        LocalDate to,
        long measured,
        long kept,
        Integer keptPercent,
        Double median,
        Double p90,
        long notMeasured,
        boolean enoughData,
        PublicPromiseVerdict verdict) {}
