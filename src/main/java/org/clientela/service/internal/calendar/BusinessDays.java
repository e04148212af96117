package org.clientela.service.internal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.internal.ServiceSettingGroups;

/**
 * A simple working-day calendar: the days the business does not open (by default Saturdays and
 * Sundays) and the holidays are off. "Two
 * working days after Friday 10:00" is Tuesday 10:00.
 */
public final class BusinessDays {

    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;
    private final BusinessHours opening;

    public BusinessDays(Set<LocalDate> holidays, ZoneId zone) {
        this(holidays, zone, null);
    }

    /** A calendar whose {@link #nextUpdate} falls within {@code opening} hours. */
    public BusinessDays(Set<LocalDate> holidays, ZoneId zone, BusinessHours opening) {
        this(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), holidays, zone, opening);
    }

    /**
     * @param workingDays the days of the week the business works (at least one)
     * @param opening     the opening hours {@link #nextUpdate} falls within, or {@code null}
     */
    public BusinessDays(Set<DayOfWeek> workingDays, Set<LocalDate> holidays, ZoneId zone, BusinessHours opening) {
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("A week needs at least one working day");
        }
        this.workingDays = EnumSet.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
        this.opening = opening;
    }

    /**
     * The calendar of the settings page as it is now: the days the business opens (its opening
     * hours) without its holidays.
     */
    public static BusinessDays of(BusinessSettings settings) {
        BusinessHours hours = BusinessHours.of(settings);
        return new BusinessDays(
                hours.week().openDays(), settings.dates(ServiceSettingGroups.HOLIDAYS), settings.timeZone(), hours);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
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
