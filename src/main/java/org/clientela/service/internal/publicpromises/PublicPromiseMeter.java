package org.clientela.service.internal.publicpromises;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.clientela.orders.figures.DeliveredOrders;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.internal.ServiceSettingGroups;
import org.clientela.service.internal.calendar.BusinessDays;
import org.clientela.service.internal.calendar.BusinessHours;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures each public promise against what happened in a window:
 * <ul>
 * <li>delivery time: orders placed in the window, by order and delivery day as the orders module
 * counts them; orders without a delivery date are not judged (collected in the shop, or not
 * recorded) and the verdict says how many;</li>
 * <li>first response: cases opened in the window (of the promise's channel) until the first note
 * of what we told the customer, as the response-time clock counts it;</li>
 * <li>call-back time: call-back promises of the ledger made in the window until kept;</li>
 * <li>opening hours: contacts (cases opened) inside the published hours against outside them.</li>
 * </ul>
 * A first answer or a call-back still missing once the public promise's time has passed counts as
 * broken, with the wait so far as its time; one still within the promise is not judged yet.
 * First answers and call-backs are counted in opening hours and working days, whose holidays and
 * clock changes SQL cannot follow on both databases; so those rows (two moments each) are streamed
 * through a tally, never held in memory, while orders and contacts are counted by the database.
 */
@Service
public class PublicPromiseMeter {

    private static final int MAX_WORKING_DAYS = 10_000;

    private final JdbcClient jdbc;
    private final PurchaseFigures deliveries;
    private final ContactHours contacts;
    private final ResponseTimes times;
    private final BusinessSettings shared;
    private final PublicPromiseSettings settings;
    private final Clock clock;

    PublicPromiseMeter(
            JdbcClient jdbc,
            PurchaseFigures deliveries,
            ContactHours contacts,
            ResponseTimes times,
            BusinessSettings shared,
            PublicPromiseSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.contacts = contacts;
        this.times = times;
        this.shared = shared;
        this.settings = settings;
        this.clock = clock;
    }

    /** The last {@code days} days up to {@code until} (both included); defaults: the setting, and today. */
    public Window window(Integer days, LocalDate until) {
        LocalDate to = until != null ? until : LocalDate.now(clock.withZone(shared.timeZone()));
        int n = days == null ? settings.windowDays() : days;
        return new Window(to.minusDays(n - 1L), to, shared.timeZone());
    }

    /** The configured opening hours, as written in the setting. */
    public String openingHours() {
        return times.businessHours().week().text();
    }

    public int minMeasured() {
        return settings.minMeasured();
    }

    @Transactional(readOnly = true)
    public Measurement measure(PublicPromise p, Window w) {
        return switch (p.kind()) {
            case DELIVERY_TIME ->
                VerdictRules.measured(p, w.from(), w.to(), deliveries(p, w), settings.minMeasured(), null);
            case FIRST_RESPONSE ->
                VerdictRules.measured(p, w.from(), w.to(), firstResponses(p, w), settings.minMeasured(), null);
            case CALL_BACK_TIME ->
                VerdictRules.measured(p, w.from(), w.to(), callBacks(p, w), settings.minMeasured(), null);
            case OPENING_HOURS -> {
                BusinessHours published = BusinessHours.parse(
                        p.openingHours(), shared.dates(ServiceSettingGroups.HOLIDAYS), shared.timeZone());
                var quarters = contacts.quarters(w, null);
                yield VerdictRules.measured(
                        p,
                        w.from(),
                        w.to(),
                        ContactHours.tally(quarters, published),
                        settings.minMeasured(),
                        ContactHours.busiestClosed(quarters, published, w));
            }
        };
    }

    private OccurrenceCounts deliveries(PublicPromise p, Window w) {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        for (DeliveredOrders row : deliveries.deliveryTimes(w.from(), w.to())) {
            if (row.deliveredOn() == null) {
                tally.skip(row.orders());
                continue;
            }
            long days = p.targetUnit() == TargetUnit.WORKING_DAYS
                    ? workingDaysBetween(row.orderedOn(), row.deliveredOn())
                    : ChronoUnit.DAYS.between(row.orderedOn(), row.deliveredOn());
            tally.add(days, row.orders(), days <= p.targetAmount());
        }
        return tally;
    }

    /** The working days after {@code from} up to and including {@code to}. */
    long workingDaysBetween(LocalDate from, LocalDate to) {
        long n = 0;
        BusinessDays workingDays = BusinessDays.of(shared);
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (workingDays.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private OccurrenceCounts firstResponses(PublicPromise p, Window w) {
        OccurrenceCounts tally = new OccurrenceCounts(scale(p.targetUnit()));
        Instant now = clock.instant();
        jdbc.sql("""
                        SELECT c.opened_at,
                               (SELECT MIN(n.written_at) FROM service_case_note n
                                 WHERE n.case_id = c.id AND n.kind = 'TOLD_CUSTOMER') AS first_told
                          FROM service_case c
                         WHERE c.opened_at >= :from AND c.opened_at < :to
                           AND (CAST(:channel AS VARCHAR(16)) IS NULL OR c.channel = :channel)""")
                .param("from", Timestamp.from(w.start()))
                .param("to", Timestamp.from(w.end()))
                .param("channel", p.channel() == null ? null : p.channel().name())
                .query(rs -> {
                    Timestamp told = rs.getTimestamp("first_told");
                    judge(
                            tally,
                            p,
                            rs.getTimestamp("opened_at").toInstant(),
                            told == null ? null : told.toInstant(),
                            now);
                });
        return tally;
    }

    private OccurrenceCounts callBacks(PublicPromise p, Window w) {
        OccurrenceCounts tally = new OccurrenceCounts(scale(p.targetUnit()));
        Instant now = clock.instant();
        jdbc.sql("""
                        SELECT made_at, kept_at FROM service_promise
                         WHERE kind = 'CALL_BACK' AND made_at >= :from AND made_at < :to""")
                .param("from", Timestamp.from(w.start()))
                .param("to", Timestamp.from(w.end()))
                .query(rs -> {
                    Timestamp kept = rs.getTimestamp("kept_at");
                    judge(
                            tally,
                            p,
                            rs.getTimestamp("made_at").toInstant(),
                            kept == null ? null : kept.toInstant(),
                            now);
                });
        return tally;
    }

    /** One occurrence that started at {@code start} and was done at {@code done} (or not yet). */
    void judge(OccurrenceCounts tally, PublicPromise p, Instant start, Instant done, Instant now) {
        Instant deadline = deadline(start, p.targetAmount(), p.targetUnit());
        Instant end = done;
        if (end == null) {
            if (!now.isAfter(deadline)) {
                tally.skip(1);
                return;
            }
            end = now;
        }
        tally.add(elapsed(start, end, p.targetUnit()), 1, done != null && !done.isAfter(deadline));
    }

    Instant deadline(Instant start, int amount, TargetUnit unit) {
        return switch (unit) {
            case HOURS -> start.plus(Duration.ofHours(amount));
            case WORKING_HOURS -> times.businessHours().plus(start, Duration.ofHours(amount));
            case DAYS -> start.atZone(shared.timeZone()).plusDays(amount).toInstant();
            case WORKING_DAYS -> BusinessDays.of(shared).plus(start, amount);
        };
    }

    /** Minutes (hours and days), opening minutes (working hours), or whole working days begun. */
    long elapsed(Instant start, Instant end, TargetUnit unit) {
        return switch (unit) {
            case HOURS, DAYS -> Duration.between(start, end).toMinutes();
            case WORKING_HOURS -> times.businessHours().between(start, end).toMinutes();
            case WORKING_DAYS -> {
                long k = 0;
                BusinessDays workingDays = BusinessDays.of(shared);
                for (Instant at = start; end.isAfter(at) && k < MAX_WORKING_DAYS; k++) {
                    at = workingDays.plus(at, 1);
                }
                yield k;
            }
        };
    }

    private static double scale(TargetUnit unit) {
        return switch (unit) {
            case HOURS, WORKING_HOURS -> 60;
            case DAYS -> 1440;
            case WORKING_DAYS -> 1;
        };
    }
}
