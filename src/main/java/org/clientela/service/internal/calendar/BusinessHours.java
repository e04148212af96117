package org.clientela.service.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.WeekHours;
import org.clientela.service.internal.ServiceSettingGroups;

/**
 * Opening hours for response-time targets: "8 business hours after Friday 16:00" with
 * {@code MON-FRI 09:00-18:00} is Monday 15:00. Each weekday may have its own hours. Holidays are closed all day. Clock times are read in
 * the business time zone, so a day on which clocks change is still open from 09:00 to 18:00 local time.
 */
public final class BusinessHours {

    private static final int MAX_DAYS = 3660;

    private final WeekHours week;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public BusinessHours(WeekHours week, Set<LocalDate> holidays, ZoneId zone) {
        this.week = week;
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    public BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, Set<LocalDate> holidays, ZoneId zone) {
        this(WeekHours.of(days, opens, closes), holidays, zone);
    }

    /** Reads {@code MON-FRI 09:00-18:00}, {@code MON,TUE,THU 08:30-14:00} or {@code MON-FRI 09:00-18:00; SAT 10:00-14:00}. */
    public static BusinessHours parse(String text, Set<LocalDate> holidays, ZoneId zone) {
        return new BusinessHours(WeekHours.parse(text), holidays, zone);
    }

    /** The opening hours, holidays and time zone of the settings page, as they are now. */
    public static BusinessHours of(BusinessSettings settings) {
        return new BusinessHours(
                settings.weekHours(ServiceSettingGroups.OPENING_HOURS),
                settings.dates(ServiceSettingGroups.HOLIDAYS),
                settings.timeZone());
    }

    public WeekHours week() {
        return week;
    }

    public boolean isOpenDay(LocalDate day) {
        return week.on(day.getDayOfWeek()).isPresent() && !holidays.contains(day);
    }

    /** Whether we are open at {@code at} (holidays closed). */
    public boolean isOpenAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isOpenDay(local.toLocalDate())
                && week.on(local.getDayOfWeek())
                        .map(span -> !time.isBefore(span.opens()) && time.isBefore(span.closes()))
                        .orElse(false);
    }

    /** Whether some of the hour {@code hour}:00-{@code hour+1}:00 of {@code day} is open in a week without holidays. */
    public boolean isOpenHour(DayOfWeek day, int hour) {
        int from = hour * 60;
        int to = from + 60;
        return week.on(day)
                .map(span -> from < span.closes().getHour() * 60 + span.closes().getMinute()
                        && to > span.opens().getHour() * 60 + span.opens().getMinute())
                .orElse(false);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The moment {@code hours} of opening time after {@code from} (time outside opening hours does not count). */
    public Instant plus(Instant from, Duration hours) {
        if (hours.isNegative()) {
            throw new IllegalArgumentException("Negative duration " + hours);
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        Duration left = hours;
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isOpenDay(day)) {
                continue;
            }
            WeekHours.Span span = week.on(day.getDayOfWeek()).orElseThrow();
            Instant start = max(from, at(day, span.opens()));
            Instant end = at(day, span.closes());
            if (!start.isBefore(end)) {
                continue;
            }
            Duration available = Duration.between(start, end);
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("No opening hours within " + MAX_DAYS + " days");
    }

    /** {@code at} itself when we are open then, else the moment we next open. */
    public Instant nextOpen(Instant at) {
        return plus(at, Duration.ZERO);
    }

    /** The opening time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isOpenDay(day)) {
                continue;
            }
            WeekHours.Span span = week.on(day.getDayOfWeek()).orElseThrow();
            Instant start = max(from, at(day, span.opens()));
            Instant end = min(to, at(day, span.closes()));
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
