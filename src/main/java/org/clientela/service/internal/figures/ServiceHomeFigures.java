package org.clientela.service.internal.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clientela.platform.ClientelaSettings;
import org.clientela.service.internal.responsetimes.ResponseTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service figures of the home page, each with the same figure of the period before: the team's
 * promises due today or already late and how often promises are broken, and the cases over their
 * response target. Promises are counted by the database; whether a case is over its target depends
 * on the opening hours, so those cases are streamed through {@link ResponseTimes} as its own figures
 * are, keeping only counts and the few latest cases.
 */
@Service
public class ServiceHomeFigures {

    /** The windows compared: the last 30 days against the 30 before. */
    static final Duration WINDOW = Duration.ofDays(30);
    /** Cases over target listed on the card, the latest first. */
    static final int LISTED = 5;

    private final JdbcClient jdbc;
    private final ResponseTimes times;
    private final java.time.Clock clock;
    private final ZoneId zone;

    ServiceHomeFigures(JdbcClient jdbc, ResponseTimes times, java.time.Clock clock, ClientelaSettings settings) {
        this.jdbc = jdbc;
        this.times = times;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    /**
     * @param dueToday     pending promises due from now to the end of today
     * @param overdue      pending promises whose moment has passed (broken at the next check)
     * @param broken       promises due in the last 30 days that were broken
     * @param decided      promises due in the last 30 days, kept or broken
     * @param brokenBefore likewise, in the 30 days before
     * @param decidedBefore likewise, in the 30 days before
     */
    public record Promises(
            long dueToday, long overdue, long broken, long decided, long brokenBefore, long decidedBefore) {

        /** Broken promises in percent of the decided ones (one decimal); null when none was decided. */
        public BigDecimal brokenRate() {
            return percent(broken, decided);
        }

        public BigDecimal previousBrokenRate() {
            return percent(brokenBefore, decidedBefore);
        }
    }

    @Transactional(readOnly = true)
    public Promises promises() {
        Instant now = clock.instant();
        Instant endOfToday = LocalDate.now(clock.withZone(zone))
                .plusDays(1)
                .atStartOfDay(zone)
                .toInstant();
        long dueToday = countPending("due_at >= :now AND due_at < :end", now, endOfToday);
        long overdue = countPending("due_at < :now", now, endOfToday);
        long[] last = decided(now.minus(WINDOW), now);
        long[] before = decided(now.minus(WINDOW.multipliedBy(2)), now.minus(WINDOW));
        return new Promises(dueToday, overdue, last[0], last[1], before[0], before[1]);
    }

    private long countPending(String condition, Instant now, Instant end) {
        return jdbc.sql("SELECT COUNT(*) FROM service_promise WHERE status = 'PENDING' AND " + condition)
                .param("now", Timestamp.from(now))
                .param("end", Timestamp.from(end))
                .query(Long.class)
                .single();
    }

    /** Broken and decided (kept or broken) promises due in [from, to). */
    private long[] decided(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(CASE WHEN status = 'BROKEN' THEN 1 ELSE 0 END), 0), COUNT(*)
                          FROM service_promise
                         WHERE status IN ('KEPT', 'BROKEN') AND due_at >= :from AND due_at < :to""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** An open case past its first-answer or resolution target. */
    public record LateCase(long id, String reference, String subject, Instant due) {}

    /**
     * @param open       open cases past a target now
     * @param latest     the {@value #LISTED} of them late the longest
     * @param late       cases opened in the last 30 days that went over a target (answered or resolved
     *                   late, or still open past it)
     * @param opened     cases opened in the last 30 days that have a target
     * @param lateBefore likewise, of the 30 days before
     * @param openedBefore likewise, of the 30 days before
     */
    public record OverTarget(
            long open, List<LateCase> latest, long late, long opened, long lateBefore, long openedBefore) {

        public BigDecimal lateRate() {
            return percent(late, opened);
        }

        public BigDecimal previousLateRate() {
            return percent(lateBefore, openedBefore);
        }
    }

    @Transactional(readOnly = true)
    public OverTarget overTarget() {
        Instant now = clock.instant();
        List<LateCase> late = new ArrayList<>();
        long[] open = {0};
        jdbc.sql(CASES + " WHERE c.status IN ('OPEN', 'IN_PROGRESS')")
                .withFetchSize(ResponseTimes.FETCH_SIZE)
                .query(rs -> {
                    Instant opened = rs.getTimestamp("opened_at").toInstant();
                    Timestamp told = rs.getTimestamp("first_told");
                    ResponseTimes.Clock first =
                            told == null ? times.clockOf(opened, rs.getInt("first_response_hours"), null) : null;
                    ResponseTimes.Clock resolution = times.clockOf(opened, rs.getInt("resolution_hours"), null);
                    ResponseTimes.Clock breached = first != null && first.state() == ResponseTimes.State.BREACHED
                            ? first
                            : resolution.state() == ResponseTimes.State.BREACHED ? resolution : null;
                    if (breached != null) {
                        open[0]++;
                        late.add(new LateCase(
                                rs.getLong("id"), rs.getString("reference"), rs.getString("subject"), breached.due()));
                        if (late.size() > LISTED) {
                            late.sort(Comparator.comparing(LateCase::due));
                            late.remove(late.size() - 1);
                        }
                    }
                });
        late.sort(Comparator.comparing(LateCase::due));
        long[] last = late(now.minus(WINDOW), now);
        long[] before = late(now.minus(WINDOW.multipliedBy(2)), now.minus(WINDOW));
        return new OverTarget(open[0], List.copyOf(late), last[0], last[1], before[0], before[1]);
    }

    private static final String CASES = """
            SELECT c.id, c.reference, c.subject, c.opened_at, c.resolved_at, t.first_response_hours,
                   t.resolution_hours,
                   (SELECT MIN(n.written_at) FROM service_case_note n
                     WHERE n.case_id = c.id AND n.kind = 'TOLD_CUSTOMER') AS first_told
              FROM service_case c
              JOIN service_response_target t ON t.case_type = c.case_type AND t.priority = c.priority""";

    /** Cases opened in [from, to) that went over a target, and how many were opened (with a target). */
    private long[] late(Instant from, Instant to) {
        long[] counts = new long[2];
        jdbc.sql(CASES + " WHERE c.opened_at >= :from AND c.opened_at < :to")
                .withFetchSize(ResponseTimes.FETCH_SIZE)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    Instant opened = rs.getTimestamp("opened_at").toInstant();
                    Timestamp told = rs.getTimestamp("first_told");
                    Timestamp resolved = rs.getTimestamp("resolved_at");
                    boolean over = overs(times.clockOf(
                                    opened, rs.getInt("first_response_hours"), told == null ? null : told.toInstant()))
                            || overs(times.clockOf(
                                    opened,
                                    rs.getInt("resolution_hours"),
                                    resolved == null ? null : resolved.toInstant()));
                    counts[0] += over ? 1 : 0;
                    counts[1]++;
                });
        return counts;
    }

    private static boolean overs(ResponseTimes.Clock clock) {
        return clock.state() == ResponseTimes.State.MISSED || clock.state() == ResponseTimes.State.BREACHED;
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
