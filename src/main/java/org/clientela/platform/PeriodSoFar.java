package org.clientela.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A period up to today and the same stretch of the period before, so that a figure of the 6th of
 * the month is compared with the 6 first days of the other month, not with a whole one. Days are
 * {@code from} inclusive, {@code to} exclusive.
 *
 * @param from         first day of the current period
 * @param to           the day after today
 * @param previousFrom first day of the period compared with
 * @param previousTo   the day after its stretch (as many days as the current one, within its period)
 */
public record PeriodSoFar(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {

    /** This month so far, against the same days of last month. */
    public static PeriodSoFar monthOf(LocalDate today) {
        LocalDate start = today.withDayOfMonth(1);
        return within(start, today, start.minusMonths(1), start);
    }

    /** This month so far, against the same days of the same month last year. */
    public static PeriodSoFar monthAYearAgo(LocalDate today) {
        LocalDate start = today.withDayOfMonth(1);
        LocalDate before = start.minusYears(1);
        return within(start, today, before, before.plusMonths(1));
    }

    /** This week (from Monday) so far, against the same days of last week. */
    public static PeriodSoFar weekOf(LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return within(monday, today, monday.minusWeeks(1), monday);
    }

    private static PeriodSoFar within(
            LocalDate start, LocalDate today, LocalDate previousStart, LocalDate previousEnd) {
        LocalDate to = today.plusDays(1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, to);
        LocalDate previousTo = previousStart.plusDays(days);
        return new PeriodSoFar(start, to, previousStart, previousTo.isAfter(previousEnd) ? previousEnd : previousTo);
    }

    /** Today: the current period's last day. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    /** The last day of the stretch compared with. */
    public LocalDate previousLastDay() {
        return previousTo.minusDays(1);
    }
}
