package org.clientela.service.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Opening hours for response-time targets (S2): "8 business hours after Friday 16:00" with
 * {@code MON-FRI 09:00-18:00} is Monday 15:00. Holidays are closed all day. Clock times are read in
 * the business time zone, so a day on which clocks change is still open from 09:00 to 18:00 local time.
 */
public final class BusinessHours {

    private static final int MAX_DAYS = 3660;

    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    public BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, Set<LocalDate> holidays, ZoneId zone) {
        if (days.isEmpty() || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening hours need at least one day and opening before closing");
        }
        this.days = EnumSet.copyOf(days);
        this.opens = opens;
        this.closes = closes;
        this.holidays = Set.copyOf(holidays);
        this.zone = zone;
    }

    /** Reads {@code MON-FRI 09:00-18:00} or {@code MON,TUE,THU 08:30-14:00}. */
    public static BusinessHours parse(String text, Set<LocalDate> holidays, ZoneId zone) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Opening hours look like 'MON-FRI 09:00-18:00', not '" + text + "'");
        }
        Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
        for (String item : parts[0].split(",")) {
            String[] range = item.split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                open.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        String[] hours = parts[1].split("-");
        if (hours.length != 2) {
            throw new IllegalArgumentException("Opening hours look like 'MON-FRI 09:00-18:00', not '" + text + "'");
        }
        return new BusinessHours(open, LocalTime.parse(hours[0]), LocalTime.parse(hours[1]), holidays, zone);
    }

    private static DayOfWeek day(String abbreviation) {
        String a = abbreviation.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(a) && a.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown day '" + abbreviation + "' (MON … SUN)");
    }

    public boolean isOpenDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** Whether we are open at {@code at} (holidays closed). */
    public boolean isOpenAt(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isOpenDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** Whether some of the hour {@code hour}:00-{@code hour+1}:00 of {@code day} is open in a week without holidays. */
    public boolean isOpenHour(DayOfWeek day, int hour) {
        int from = hour * 60;
        int to = from + 60;
        return days.contains(day) && from < closes.getHour() * 60 + closes.getMinute()
                && to > opens.getHour() * 60 + opens.getMinute();
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
            Instant start = max(from, at(day, opens));
            Instant end = at(day, closes);
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
            Instant start = max(from, at(day, opens));
            Instant end = min(to, at(day, closes));
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
