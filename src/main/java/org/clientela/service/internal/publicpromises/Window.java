package org.clientela.service.internal.publicpromises;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The days a public promise is measured over, both included, in the business time zone. */
public record Window(LocalDate from, LocalDate to, ZoneId zone) {

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first moment of the window. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the window. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
