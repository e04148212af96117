package org.clientela.service.internal.responsetimes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.TargetShortening;
import org.clientela.service.internal.calendar.BusinessHours;
import org.clientela.service.internal.cases.CaseNote;
import org.clientela.service.internal.cases.NoteKind;
import org.clientela.service.internal.cases.ServiceCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Response times: when a case must first be answered and resolved, counted in opening hours from
 * its opening; the first answer is the first note of what we told the customer.
 *
 * <p>Long because the clocks of a case, the cases at risk and the on-time figures are counted by
 * the same opening-hours rule from the same targets; the figures are the clocks summed, and a
 * second class would have to share that rule.
 */
@Service
public class ResponseTimes {

    /** Where a clock stands: done in time, running, near its end (warning), or breached. */
    public enum State {
        MET,
        MISSED,
        RUNNING,
        NEAR,
        BREACHED
    }

    /**
     * One clock of a case.
     *
     * @param targetHours the target in opening hours
     * @param due         the moment the target ends
     * @param doneAt      when it was done (first answer, resolution), null while running
     * @param hoursLeft   opening hours left until due (negative when late), while running
     */
    public record Clock(int targetHours, Instant due, Instant doneAt, State state, double hoursLeft) {}

    /** Both clocks of a case; empty when no target is set for its type and priority. */
    public record CaseClocks(Clock firstResponse, Clock resolution) {}

    /** Rows fetched at a time when the figures stream a window's cases. */
    public static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final BusinessSettings shared;
    private final double warnShare;
    private final java.time.Clock clock;
    private final ObjectProvider<TargetShortening> shortening;

    public ResponseTimes(
            JdbcClient jdbc,
            ResponseTimeSettings settings,
            BusinessSettings shared,
            java.time.Clock clock,
            ObjectProvider<TargetShortening> shortening) {
        this.jdbc = jdbc;
        this.shared = shared;
        this.warnShare = settings.warnShare();
        this.clock = clock;
        this.shortening = shortening;
    }

    /**
     * By how many percent the targets of a case are cut for its customer (a loyalty tier's faster
     * answer), as it stood when the case was opened: a benefit won later does not rewrite the clock
     * of a case already running, and one lost later does not lengthen it.
     */
    private int cutFor(ServiceCase c) {
        TargetShortening cut = shortening == null ? null : shortening.getIfAvailable();
        return cut == null ? 0 : cut.percentFor(c.getCustomerId(), c.getOpenedAt());
    }

    /** The opening hours, holidays and time zone of the settings page, as they are now. */
    public BusinessHours businessHours() {
        return BusinessHours.of(shared);
    }

    public Optional<CaseClocks> of(ServiceCase c) {
        return jdbc.sql("""
                SELECT first_response_hours, resolution_hours FROM service_response_target
                WHERE case_type = :type AND priority = :priority""")
                .param("type", c.getType().name())
                .param("priority", c.getPriority().name())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .map(t -> {
                    int cut = cutFor(c);
                    t[0] = TargetShortening.shortened(t[0], cut);
                    t[1] = TargetShortening.shortened(t[1], cut);
                    Instant firstAnswer = c.getNotes().stream()
                            .filter(n -> n.kind() == NoteKind.TOLD_CUSTOMER)
                            .map(CaseNote::writtenAt)
                            .min(Instant::compareTo)
                            .orElse(null);
                    return new CaseClocks(
                            clockOf(c.getOpenedAt(), t[0], firstAnswer),
                            clockOf(c.getOpenedAt(), t[1], c.getResolvedAt()));
                });
    }

    /** A clock of {@code target} opening hours from {@code start}, done at {@code doneAt} (or not yet). */
    public Clock clockOf(Instant start, int target, Instant doneAt) {
        BusinessHours hours = businessHours();
        Instant due = hours.plus(start, Duration.ofHours(target));
        if (doneAt != null) {
            return new Clock(target, due, doneAt, doneAt.isAfter(due) ? State.MISSED : State.MET, 0);
        }
        Instant now = clock.instant();
        double left = now.isAfter(due)
                ? -hours.between(due, now).toMinutes() / 60.0
                : hours.between(now, due).toMinutes() / 60.0;
        State state = !now.isBefore(due) ? State.BREACHED : left <= target * warnShare ? State.NEAR : State.RUNNING;
        return new Clock(target, due, null, state, Math.round(left * 10) / 10.0);
    }

    /** An open case of someone's whose clock is near its end or past it. */
    public record AtRisk(long caseId, String reference, String subject, String which, Clock clock) {}

    /**
     * {@code owner}'s open cases (at most the 500 newest) whose first answer or resolution is due within
     * the warning share of its target or late, the soonest due first.
     */
    public java.util.List<AtRisk> atRiskFor(String owner, int limit) {
        record Row(
                long id,
                String reference,
                String subject,
                Instant opened,
                Instant firstTold,
                int first,
                int resolution) {}
        var rows = jdbc.sql("""
                SELECT c.id, c.reference, c.subject, c.opened_at, t.first_response_hours, t.resolution_hours,
                       (SELECT MIN(n.written_at) FROM service_case_note n
                        WHERE n.case_id = c.id AND n.kind = 'TOLD_CUSTOMER') AS first_told
                FROM service_case c
                JOIN service_response_target t ON t.case_type = c.case_type AND t.priority = c.priority
                WHERE c.owner_username = :owner AND c.status IN ('OPEN', 'IN_PROGRESS')
                ORDER BY c.opened_at DESC LIMIT 500""")
                .param("owner", owner)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("reference"),
                        rs.getString("subject"),
                        rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("first_told") == null
                                ? null
                                : rs.getTimestamp("first_told").toInstant(),
                        rs.getInt("first_response_hours"),
                        rs.getInt("resolution_hours")))
                .list();
        java.util.List<AtRisk> risky = new java.util.ArrayList<>();
        for (Row r : rows) {
            if (r.firstTold() == null) {
                Clock first = clockOf(r.opened(), r.first(), null);
                if (first.state() == State.NEAR || first.state() == State.BREACHED) {
                    risky.add(new AtRisk(r.id(), r.reference(), r.subject(), "first", first));
                    continue;
                }
            }
            Clock resolution = clockOf(r.opened(), r.resolution(), null);
            if (resolution.state() == State.NEAR || resolution.state() == State.BREACHED) {
                risky.add(new AtRisk(r.id(), r.reference(), r.subject(), "resolution", resolution));
            }
        }
        risky.sort(java.util.Comparator.comparing(a -> a.clock().due()));
        return risky.size() > limit ? risky.subList(0, limit) : risky;
    }

    /** How often targets were met for one person or one case type: closed clocks only (met or missed). */
    public record OnTime(String key, long firstMet, long firstDone, long resolvedMet, long resolvedDone) {
        public Integer firstPercent() {
            return firstDone == 0 ? null : (int) Math.round(100.0 * firstMet / firstDone);
        }

        public Integer resolvedPercent() {
            return resolvedDone == 0 ? null : (int) Math.round(100.0 * resolvedMet / resolvedDone);
        }
    }

    /** On-time figures of the cases opened in the last {@code days} days, per owner and per case type. */
    public record Figures(java.util.List<OnTime> perPerson, java.util.List<OnTime> perType) {}

    /** On-time figures of the cases opened in the last {@code days} days. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Figures figures(int days) {
        return figures(clock.instant().minus(Duration.ofDays(days)));
    }

    /** The start of a window of the last {@code months} months, in the business's time zone. */
    public Instant since(int months) {
        return java.time.ZonedDateTime.ofInstant(clock.instant(), shared.timeZone())
                .minusMonths(months)
                .toInstant();
    }

    /**
     * On-time figures of the cases opened since {@code since}, per owner and per case type.
     * <p>
     * Why in Java and not a GROUP BY: whether a clock was met depends on the opening hours between
     * the opening and the answer — days of the week, opening and closing times in the business's
     * zone (daylight saving included) and holidays — which {@link BusinessHours} computes and the
     * SQL that runs on both H2 and PostgreSQL cannot, short of a calendar table of opening
     * intervals. So the cases of the window are streamed, never held: one row at a time, fetched
     * {@value #FETCH_SIZE} at a time (on PostgreSQL a fetch size takes effect only inside a
     * transaction, hence {@code readOnly}), and only two small maps of sums are kept.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public Figures figures(Instant since) {
        java.util.Map<String, long[]> people = new java.util.TreeMap<>();
        java.util.Map<String, long[]> types = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT c.owner_username, c.case_type, c.opened_at, c.resolved_at, t.first_response_hours,
                       t.resolution_hours,
                       (SELECT MIN(n.written_at) FROM service_case_note n
                        WHERE n.case_id = c.id AND n.kind = 'TOLD_CUSTOMER') AS first_told
                FROM service_case c
                JOIN service_response_target t ON t.case_type = c.case_type AND t.priority = c.priority
                WHERE c.opened_at >= :since""")
                .withFetchSize(FETCH_SIZE)
                .param("since", java.sql.Timestamp.from(since))
                .query(rs -> {
                    Instant opened = rs.getTimestamp("opened_at").toInstant();
                    var told = rs.getTimestamp("first_told");
                    var resolved = rs.getTimestamp("resolved_at");
                    long[] add = new long[4];
                    if (told != null) {
                        add[1] = 1;
                        add[0] = clockOf(opened, rs.getInt("first_response_hours"), told.toInstant())
                                                .state()
                                        == State.MET
                                ? 1
                                : 0;
                    }
                    if (resolved != null) {
                        add[3] = 1;
                        add[2] = clockOf(opened, rs.getInt("resolution_hours"), resolved.toInstant())
                                                .state()
                                        == State.MET
                                ? 1
                                : 0;
                    }
                    String owner = rs.getString("owner_username");
                    accumulate(people, owner == null ? "-" : owner, add);
                    accumulate(types, rs.getString("case_type"), add);
                });
        return new Figures(list(people), list(types));
    }

    private static void accumulate(java.util.Map<String, long[]> into, String key, long[] add) {
        long[] sum = into.computeIfAbsent(key, k -> new long[4]);
        for (int i = 0; i < 4; i++) {
            sum[i] += add[i];
        }
    }

    private static java.util.List<OnTime> list(java.util.Map<String, long[]> sums) {
        return sums.entrySet().stream()
                .map(e -> new OnTime(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }
}
