package org.clientela.satisfaction.internal.surveys;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientela.platform.InputError;
import org.clientela.platform.Interval;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.Proportions;
import org.clientela.platform.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPS and CSAT over the customers' surveys of a period, split one way (owner, team, case type,
 * mode or month), with their 95 % intervals and the response rate. They add up the day rows that
 * {@link SurveyCounts} keeps on every write (a year is some thousands of rows however many surveys
 * there are); every split's days hold the same surveys, so every split adds up to the same total. A
 * survey belongs to the day it was sent on, in the business's time zone.
 */
@Service
public class SurveyFigures {

    /** Below this many answers a figure is shown as "not enough data". */
    public static final int ENOUGH_ANSWERS = 30;

    /** The label of surveys with nothing to split them by (no owner, no case, no team). */
    public static final String NONE = "NONE";

    /** How the figures are split. */
    public enum GroupBy {
        OWNER(SurveyCounts.Split.OWNER),
        TEAM(SurveyCounts.Split.OWNER),
        CASE_TYPE(SurveyCounts.Split.CASE_TYPE),
        MODE(SurveyCounts.Split.MODE),
        MONTH(SurveyCounts.Split.MODE);

        private final SurveyCounts.Split split;

        GroupBy(SurveyCounts.Split split) {
            this.split = split;
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

    private final SurveyCounts counts;
    private final Teams teams;

    SurveyFigures(SurveyCounts counts, Teams teams) {
        this.counts = counts;
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
        if (!counts.inBusinessZone()) {
            counts.recountIfZoneChanged();
        }
        Map<String, long[]> groups = new TreeMap<>();
        switch (groupBy) {
            case MONTH ->
                counts.sums(SurveyCounts.Split.MODE, from, to, true)
                        .forEach(s -> add(groups, YearMonth.from(s.day()).toString(), s.slots()));
            case TEAM -> {
                Map<String, String> team = teams.byUsername();
                counts.sums(SurveyCounts.Split.OWNER, from, to, false)
                        .forEach(s -> add(groups, s.key() == null ? null : team.get(s.key()), s.slots()));
            }
            default -> counts.sums(groupBy.split, from, to, false).forEach(s -> add(groups, s.key(), s.slots()));
        }
        List<Row> rows = new ArrayList<>();
        long[] total = new long[SurveyCounts.SLOTS];
        groups.forEach((key, slots) -> {
            rows.add(row(key, slots));
            for (int i = 0; i < SurveyCounts.SLOTS; i++) {
                total[i] += slots[i];
            }
        });
        return new Figures(from, to, groupBy.apiName(), rows, row("TOTAL", total));
    }

    private static void add(Map<String, long[]> groups, String key, long[] slots) {
        long[] sums = groups.computeIfAbsent(key == null ? NONE : key, k -> new long[SurveyCounts.SLOTS]);
        for (int i = 0; i < SurveyCounts.SLOTS; i++) {
            sums[i] += slots[i];
        }
    }

    private static Row row(String key, long[] s) {
        return new Row(
                key,
                Nps.of(s[SurveyCounts.PROMOTERS], s[SurveyCounts.PASSIVES], s[SurveyCounts.DETRACTORS]),
                Csat.of(s[SurveyCounts.SATISFIED], s[SurveyCounts.CSAT_N]),
                s[SurveyCounts.SENT],
                s[SurveyCounts.ANSWERED],
                s[SurveyCounts.SENT] == 0 ? null : (double) s[SurveyCounts.ANSWERED] / s[SurveyCounts.SENT],
                s[SurveyCounts.ANSWERED] >= ENOUGH_ANSWERS);
    }
}
