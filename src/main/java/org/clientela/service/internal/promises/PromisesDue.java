package org.clientela.service.internal.promises;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A person's pending promises for "my day", split at midnight of the business's today — today as
 * the clock on the shop's wall has it (the business time zone), not the server's. {@code today}:
 * due before that midnight, overdue ones included; {@code later}: due after it but within the "due
 * soon" hours, so that tomorrow morning's call-back seen this evening is under its own heading and
 * never among today's.
 *
 * @param endOfToday the business's next midnight
 * @param soon       the end of the "due soon" window ({@code now} plus its hours)
 */
public record PromisesDue(List<Promise> today, List<Promise> later, Instant endOfToday, Instant soon) {

    public PromisesDue {
        today = List.copyOf(today);
        later = List.copyOf(later);
    }

    /** The next midnight after {@code now} in {@code zone}. */
    public static Instant endOfToday(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last moment a promise may fall due to show on "my day" at {@code now}. */
    static Instant horizon(Instant now, ZoneId zone, Duration dueSoon) {
        Instant endOfToday = endOfToday(now, zone);
        Instant soon = now.plus(dueSoon);
        return soon.isAfter(endOfToday) ? soon : endOfToday;
    }

    /** Splits pending promises (soonest first, none due after the {@link #horizon}) at the business's midnight. */
    static PromisesDue split(List<Promise> pending, Instant now, ZoneId zone, Duration dueSoon) {
        Instant endOfToday = endOfToday(now, zone);
        List<Promise> today =
                pending.stream().filter(p -> p.dueAt().isBefore(endOfToday)).toList();
        List<Promise> later =
                pending.stream().filter(p -> !p.dueAt().isBefore(endOfToday)).toList();
        return new PromisesDue(today, later, endOfToday, now.plus(dueSoon));
    }
}
