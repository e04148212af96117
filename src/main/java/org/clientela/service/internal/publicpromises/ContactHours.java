package org.clientela.service.internal.publicpromises;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clientela.service.internal.calendar.BusinessHours;
import org.clientela.service.internal.cases.Channel;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When customers try to reach us: the cases opened in a window counted by hour of the week in
 * the business time zone, against the opening hours. The database counts cases per quarter of an
 * hour since the epoch (the same SQL on H2 and PostgreSQL, and right for time zones whose offset is
 * a whole number of quarters); each quarter is then placed on the week in the business time zone,
 * so that changes of clock and holidays (closed all day) are counted as the calendar says.
 */
@Service
public class ContactHours {

    static final int QUARTER_SECONDS = 900;

    private final JdbcClient jdbc;
    private final ResponseTimes times;

    ContactHours(JdbcClient jdbc, ResponseTimes times) {
        this.jdbc = jdbc;
        this.times = times;
    }

    /** Contacts received in one quarter of an hour. */
    record Quarter(Instant start, long contacts) {}

    /** One cell of the heat map: contacts on {@code day} from {@code hour}:00, inside opening hours or not. */
    public record Cell(int hour, long contacts, boolean open, double intensity) {}

    /** One day of the heat map, Monday first. */
    public record Day(DayOfWeek day, List<Cell> cells) {}

    /**
     * The heat map of a window.
     *
     * @param outside        contacts received while closed (holidays included)
     * @param outsidePercent {@code outside} as a whole percent of {@code total}, {@code null} with no contacts
     * @param busiest        the closed hour of the week with most contacts, {@code null} when none arrived closed
     */
    public record HeatMap(
            Window window,
            Channel channel,
            String openingHours,
            List<Day> days,
            long total,
            long outside,
            Integer outsidePercent,
            long max,
            BusiestHour busiest) {

        /** The map in words: how many contacts, how many while closed, and the closed hour most asked for. */
        public PublicPromiseVerdict summary() {
            if (total == 0) {
                return new PublicPromiseVerdict(
                        null,
                        List.of(new PublicPromiseVerdict.Sentence("service.publicPromise.heat.empty", window.days())));
            }
            List<PublicPromiseVerdict.Sentence> words = new ArrayList<>();
            words.add(new PublicPromiseVerdict.Sentence(
                    "service.publicPromise.heat.summary", total, window.days(), outside, outsidePercent, openingHours));
            if (busiest != null) {
                words.add(new PublicPromiseVerdict.Sentence(
                        "service.publicPromise.verdict.busiest",
                        new PublicPromiseVerdict.Day(busiest.day()),
                        busiest.hour(),
                        busiest.hour() + 1,
                        busiest.contacts()));
            }
            return new PublicPromiseVerdict(null, words);
        }
    }

    @Transactional(readOnly = true)
    public HeatMap heatMap(Window window, Channel channel, String openingHoursText) {
        BusinessHours hours = times.businessHours();
        List<Quarter> quarters = quarters(window, channel);
        long[][] counts = new long[7][24];
        long total = 0;
        long outside = 0;
        for (Quarter q : quarters) {
            ZonedDateTime local = q.start().atZone(window.zone());
            counts[local.getDayOfWeek().ordinal()][local.getHour()] += q.contacts();
            total += q.contacts();
            if (!hours.isOpenAt(q.start())) {
                outside += q.contacts();
            }
        }
        long max = 0;
        for (long[] day : counts) {
            for (long n : day) {
                max = Math.max(max, n);
            }
        }
        List<Day> days = new ArrayList<>(7);
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Cell> cells = new ArrayList<>(24);
            for (int h = 0; h < 24; h++) {
                long n = counts[d.ordinal()][h];
                cells.add(new Cell(h, n, hours.isOpenHour(d, h), max == 0 ? 0 : Math.round(100.0 * n / max) / 100.0));
            }
            days.add(new Day(d, cells));
        }
        Integer percent = total == 0 ? null : (int) Math.round(100.0 * outside / total);
        return new HeatMap(
                window,
                channel,
                openingHoursText,
                days,
                total,
                outside,
                percent,
                max,
                busiestClosed(quarters, hours, window));
    }

    /** The contacts of the window per quarter of an hour, counted by the database. */
    @Transactional(readOnly = true)
    List<Quarter> quarters(Window window, Channel channel) {
        return jdbc.sql("""
                        SELECT q, COUNT(*) AS contacts FROM (
                            SELECT CAST(FLOOR(EXTRACT(EPOCH FROM opened_at) / 900) AS BIGINT) AS q FROM service_case
                             WHERE opened_at >= :from AND opened_at < :to
                               AND (CAST(:channel AS VARCHAR(16)) IS NULL OR channel = :channel)) t
                         GROUP BY q""")
                .param("from", Timestamp.from(window.start()))
                .param("to", Timestamp.from(window.end()))
                .param("channel", channel == null ? null : channel.name())
                .query((rs, n) ->
                        new Quarter(Instant.ofEpochSecond(rs.getLong("q") * QUARTER_SECONDS), rs.getLong("contacts")))
                .list();
    }

    /** Contacts inside {@code hours} kept, outside not: the opening-hours promise's tally. */
    static OccurrenceCounts tally(List<Quarter> quarters, BusinessHours hours) {
        OccurrenceCounts tally = new OccurrenceCounts(1);
        for (Quarter q : quarters) {
            tally.add(0, q.contacts(), hours.isOpenAt(q.start()));
        }
        return tally;
    }

    static BusiestHour busiestClosed(List<Quarter> quarters, BusinessHours hours, Window window) {
        long[][] closed = new long[7][24];
        for (Quarter q : quarters) {
            if (!hours.isOpenAt(q.start())) {
                ZonedDateTime local = q.start().atZone(window.zone());
                closed[local.getDayOfWeek().ordinal()][local.getHour()] += q.contacts();
            }
        }
        BusiestHour best = null;
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
                long n = closed[d.ordinal()][h];
                if (n > 0 && (best == null || n > best.contacts())) {
                    best = new BusiestHour(d, h, n);
                }
            }
        }
        return best;
    }
}
