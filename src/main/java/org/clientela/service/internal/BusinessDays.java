package org.clientela.service.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A simple working-day calendar: Saturdays, Sundays and the configured holidays are off. "Two
 * working days after Friday 10:00" is Tuesday 10:00.
 */
public final class BusinessDays {

    private final Set<LocalDate> holidays;
    private final ZoneId zone;
    private final BusinessHours opening;

    public BusinessDays(Set<LocalDate> holidays, ZoneId zone) {
        this(holidays, zone, null);
    }

    /** A calendar whose {@link #nextUpdate} falls within {@code opening} hours. */
    public BusinessDays(Set<LocalDate> holidays, ZoneId zone, BusinessHours opening) {
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
        this.opening = opening;
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The moment {@code days} working days after {@code from}, at the same time of day. */
    public Instant plus(Instant from, int days) {
        ZonedDateTime at = from.atZone(zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (isWorkingDay(at.toLocalDate())) {
                left--;
            }
        }
        return at.toInstant();
    }

    /**
     * When a customer is next owed news: {@code days} working days after {@code from}, moved to the
     * next moment we are open when that falls outside opening hours (a case opened at 20:13 is not
     * due news at 20:13 two days later, when nobody is there to give it, but at the next opening).
     */
    public Instant nextUpdate(Instant from, int days) {
        Instant due = plus(from, days);
        return opening == null ? due : opening.nextOpen(due);
    }
}
