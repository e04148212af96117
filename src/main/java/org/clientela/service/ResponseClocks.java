package org.clientela.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The response-time engine of cases for other work measured the same way (one department's
 * requests to another): the targets of the response-targets page and the opening hours, working
 * days and holidays of the settings page. Nothing here is copied: the same targets and the same
 * calendar the cases use, so a change on either page counts for both.
 */
public interface ResponseClocks {

    /** A target of the response-targets page, in opening hours. */
    record Targets(int firstResponseHours, int resolutionHours) {}

    /**
     * The targets set for {@code type} and {@code priority} (the name of a case priority: {@code LOW},
     * {@code NORMAL}, {@code HIGH}, {@code URGENT}); empty when none is set, when no clock runs.
     */
    Optional<Targets> targetsFor(CaseType type, String priority);

    /** The moment {@code hours} opening hours after {@code start}: time while closed does not count. */
    Instant afterOpeningHours(Instant start, int hours);

    /** The opening time between two moments (zero when {@code to} is not after {@code from}). */
    Duration openingTimeBetween(Instant from, Instant to);

    /** The day {@code days} working days after {@code day} (closed days and holidays skipped). */
    LocalDate workingDaysAfter(LocalDate day, int days);
}
