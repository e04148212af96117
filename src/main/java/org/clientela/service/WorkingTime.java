package org.clientela.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The business's working time as the settings page has it now (opening hours, holidays, time zone),
 * for other modules that set due moments the way cases do: "within two working hours of the next
 * opening", "in three working days".
 */
public interface WorkingTime {

    /** The moment {@code hours} of opening time after {@code from} (closed time does not count). */
    Instant afterWorkingHours(Instant from, Duration hours);

    /** Whether the business opens on {@code day} (an opening day that is not a holiday). */
    boolean isWorkingDay(LocalDate day);

    /** The day {@code days} working days after {@code day}; 0 is {@code day} itself when it is a working day, else the next. */
    LocalDate workingDaysAfter(LocalDate day, int days);

    /** The business's time zone. */
    ZoneId zone();
}
