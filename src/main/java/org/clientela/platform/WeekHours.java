package org.clientela.platform;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opening hours of a week, each day with its own hours or closed. Written as
 * {@code MON-FRI 09:00-18:00; SAT 10:00-14:00} (days as three-letter English abbreviations, a
 * range or a comma list; groups separated by {@code ;}), the form {@link #text()} gives back.
 *
 * @param days the open days and their hours; a day not in the map is closed
 */
public record WeekHours(Map<DayOfWeek, Span> days) {

    /** One day's hours: open from {@code opens} (inclusive) to {@code closes}. */
    public record Span(LocalTime opens, LocalTime closes) {
        public Span {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("Opening " + opens + " is not before closing " + closes);
            }
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    public WeekHours {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("Opening hours need at least one open day");
        }
        days = Collections.unmodifiableMap(new EnumMap<>(days));
    }

    /** The same hours on each of {@code open}. */
    public static WeekHours of(Set<DayOfWeek> open, LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        open.forEach(day -> days.put(day, new Span(opens, closes)));
        return new WeekHours(days);
    }

    /**
     * Reads {@code MON-FRI 09:00-18:00}, {@code TUE,SAT 10:00-14:00} or several such groups
     * separated by {@code ;}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static WeekHours parse(String text) {
        Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);
        for (String group : text.split(";")) {
            if (group.isBlank()) {
                continue;
            }
            String[] parts = group.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Opening hours look like 'MON-FRI 09:00-18:00', not '" + text + "'");
            }
            String[] hours = parts[1].split("-");
            if (hours.length != 2) {
                throw new IllegalArgumentException("Opening hours look like 'MON-FRI 09:00-18:00', not '" + text + "'");
            }
            Span span;
            try {
                span = new Span(LocalTime.parse(hours[0]), LocalTime.parse(hours[1]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a time of day in '" + text + "'", e);
            }
            for (String item : parts[0].split(",")) {
                String[] range = item.split("-");
                DayOfWeek from = day(range[0]);
                DayOfWeek to = range.length > 1 ? day(range[1]) : from;
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.put(d, span);
                    if (d == to) {
                        break;
                    }
                }
            }
        }
        return new WeekHours(days);
    }

    private static DayOfWeek day(String abbreviation) {
        String a = abbreviation.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (a.length() >= 3 && d.name().startsWith(a)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown day '" + abbreviation + "' (MON … SUN)");
    }

    /** The hours of {@code day}, empty when closed. */
    public Optional<Span> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public Set<DayOfWeek> openDays() {
        return days.keySet();
    }

    /** The hours as {@link #parse} reads them, consecutive days with equal hours as one range. */
    public String text() {
        List<String> groups = new ArrayList<>();
        DayOfWeek start = null;
        Span span = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            Span today = days.get(day);
            if (span != null && !span.equals(today)) {
                groups.add(group(start, day.minus(1), span));
                start = null;
                span = null;
            }
            if (today != null && span == null) {
                start = day;
                span = today;
            }
        }
        if (span != null) {
            groups.add(group(start, DayOfWeek.SUNDAY, span));
        }
        return String.join("; ", groups);
    }

    private static String group(DayOfWeek from, DayOfWeek to, Span span) {
        String days = from == to ? abbreviation(from) : abbreviation(from) + "-" + abbreviation(to);
        return days + " " + span;
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
