package org.clientela.satisfaction.internal.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.InputError;
import org.clientela.platform.Interval;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Proportions;
import org.clientela.platform.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPS and CSAT over the customers' surveys of a period, split one way (owner, team, case type,
 * mode or month), with their 95 % intervals and the response rate. The database counts the
 * surveys by kind, status, score and the split, from one index; the sums are made here, so every
 * split adds up to the same total. A survey belongs to the period it was sent in.
 */
@Service
public class SurveyFigures {

    /** Below this many answers a figure is shown as "not enough data". */
    public static final int ENOUGH_ANSWERS = 30;

    /** The label of surveys with nothing to split them by (no owner, no case, no team). */
    public static final String NONE = "NONE";

    /** How the figures are split. */
    public enum GroupBy {
        OWNER("owner_user"),
        TEAM("owner_user"),
        CASE_TYPE("case_type"),
        MODE("mode"),
        MONTH(null);

        private final String column;

        GroupBy(String column) {
            this.column = column;
        }

        /** From the API's spelling: owner, team, caseType, mode, month. */
        public static GroupBy parse(String text) {
            for (GroupBy g : values()) {
                if (g.apiName().equals(text)) {
                    return g;
                }
            }
            throw new InvalidInputException(InputError.field(
                    "groupBy", "satisfaction.surveys.oneOf", List.of("owner", "team", "caseType", "mode", "month")));
        }

        public String apiName() {
            return this == CASE_TYPE ? "caseType" : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * NPS in points (−100 to 100) with its interval from the variance of the +1/0/−1 scores.
     *
     * @param value null without answers
     */
    public record Nps(Double value, double low, double high, long promoters, long passives, long detractors, long n) {

        static Nps of(long promoters, long passives, long detractors) {
            long n = promoters + passives + detractors;
            if (n == 0) {
                return new Nps(null, -100, 100, 0, 0, 0, 0);
            }
            double mean = (promoters - detractors) / (double) n;
            if (n == 1) {
                return new Nps(100 * mean, -100, 100, promoters, passives, detractors, n);
            }
            // Sample variance of the scores +1 (promoter), 0 (passive), −1 (detractor).
            double squares = (promoters + detractors) / (double) n;
            double variance = (squares - mean * mean) * n / (n - 1);
            double half = 1.959963984540054 * Math.sqrt(variance / n);
            return new Nps(
                    100 * mean,
                    Math.max(-100, 100 * (mean - half)),
                    Math.min(100, 100 * (mean + half)),
                    promoters,
                    passives,
                    detractors,
                    n);
        }
    }

    /**
     * CSAT: the percentage of answers of 4 or 5, with Wilson's interval.
     *
     * @param value null without answers
     */
    public record Csat(Double value, double low, double high, long satisfied, long n) {

        static Csat of(long satisfied, long n) {
            Interval interval = Proportions.wilson(satisfied, n);
            return new Csat(
                    n == 0 ? null : 100.0 * satisfied / n, 100 * interval.low(), 100 * interval.high(), satisfied, n);
        }
    }

    /**
     * One group's figures.
     *
     * @param sent         surveys that went out (asked by link or on the phone), skips not counted
     * @param answered     of those, the answered
     * @param responseRate answered ÷ sent, null when none went out
     * @param enoughData   whether {@link #ENOUGH_ANSWERS} answers back the figures
     */
    public record Row(
            String key, Nps nps, Csat csat, long sent, long answered, Double responseRate, boolean enoughData) {}

    public record Figures(LocalDate from, LocalDate to, String groupBy, List<Row> rows, Row total) {}

    private final JdbcClient jdbc;
    private final BusinessSettings settings;
    private final Teams teams;

    SurveyFigures(JdbcClient jdbc, BusinessSettings settings, Teams teams) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.teams = teams;
    }

    /** The figures of the surveys sent from {@code from} to {@code to}, both days included. */
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to, GroupBy groupBy) {
        if (to.isBefore(from)) {
            throw new InvalidInputException(InputError.field("to", "satisfaction.surveys.figures.toBeforeFrom"));
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new InvalidInputException(InputError.field("from", "satisfaction.surveys.figures.tooLong"));
        }
        ZoneId zone = settings.timeZone();
        Map<String, long[]> counts = new TreeMap<>();
        if (groupBy == GroupBy.MONTH) {
            for (YearMonth month = YearMonth.from(from);
                    !month.isAfter(YearMonth.from(to));
                    month = month.plusMonths(1)) {
                LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
                LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
                String key = month.toString();
                for (Count c : count(
                        null,
                        start.atStartOfDay(zone).toInstant(),
                        end.plusDays(1).atStartOfDay(zone).toInstant())) {
                    add(counts, key, c);
                }
            }
        } else {
            Map<String, String> team = groupBy == GroupBy.TEAM ? teams.byUsername() : Map.of();
            count(
                            groupBy.column,
                            from.atStartOfDay(zone).toInstant(),
                            to.plusDays(1).atStartOfDay(zone).toInstant())
                    .forEach(c ->
                            add(counts, groupBy == GroupBy.TEAM ? (c.key == null ? null : team.get(c.key)) : c.key, c));
        }
        List<Row> rows = new ArrayList<>();
        long[] total = new long[SLOTS];
        counts.forEach((key, slots) -> {
            rows.add(row(key, slots));
            for (int i = 0; i < SLOTS; i++) {
                total[i] += slots[i];
            }
        });
        return new Figures(from, to, groupBy.apiName(), rows, row("TOTAL", total));
    }

    /** One count of the database: surveys of a kind, status and score in a group. */
    private record Count(String key, String kind, String status, Integer score, long n) {}

    private List<Count> count(String column, Instant from, Instant to) {
        String key = column == null ? "CAST(NULL AS VARCHAR(64))" : column;
        return jdbc.sql("SELECT " + key + " AS k, kind, status, score, COUNT(*) AS n FROM satisfaction_survey"
                        + " WHERE created_at >= :from AND created_at < :to AND status <> 'SKIPPED'"
                        + " AND customer_id IS NOT NULL GROUP BY " + (column == null ? "" : column + ", ")
                        + "kind, status, score")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> new Count(
                        rs.getString("k"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        (Integer) rs.getObject("score", Integer.class),
                        rs.getLong("n")))
                .list();
    }

    // Slots of a group's counts.
    private static final int SENT = 0;
    private static final int ANSWERED = 1;
    private static final int PROMOTERS = 2;
    private static final int PASSIVES = 3;
    private static final int DETRACTORS = 4;
    private static final int CSAT_SATISFIED = 5;
    private static final int CSAT_N = 6;
    private static final int SLOTS = 7;

    private static void add(Map<String, long[]> counts, String key, Count c) {
        long[] slots = counts.computeIfAbsent(key == null ? NONE : key, k -> new long[SLOTS]);
        slots[SENT] += c.n;
        if (!"ANSWERED".equals(c.status) || c.score == null) {
            return;
        }
        slots[ANSWERED] += c.n;
        if ("NPS".equals(c.kind)) {
            slots[c.score >= 9 ? PROMOTERS : c.score >= 7 ? PASSIVES : DETRACTORS] += c.n;
        } else {
            slots[CSAT_N] += c.n;
            if (c.score >= 4) {
                slots[CSAT_SATISFIED] += c.n;
            }
        }
    }

    private static Row row(String key, long[] s) {
        return new Row(
                key,
                Nps.of(s[PROMOTERS], s[PASSIVES], s[DETRACTORS]),
                Csat.of(s[CSAT_SATISFIED], s[CSAT_N]),
                s[SENT],
                s[ANSWERED],
                s[SENT] == 0 ? null : (double) s[ANSWERED] / s[SENT],
                s[ANSWERED] >= ENOUGH_ANSWERS);
    }
}
