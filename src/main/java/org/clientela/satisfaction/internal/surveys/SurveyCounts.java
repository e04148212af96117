package org.clientela.satisfaction.internal.surveys;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.DatabaseKind;
import org.clientela.platform.Tally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer surveys counted per day (in the business's time zone), per split — owner, case type,
 * mode — and group, kept in the transaction that writes a survey, so that the figures add up a few
 * thousand day rows instead of counting a million surveys. Every write takes the survey as it was
 * and as it is now, and adds the difference to its rows: one atomic upsert per row, rows always in
 * the same order, so two answers at once on one instance or two both count and never deadlock.
 * Surveys of our own users (internal requests) and skipped surveys are not counted, as the figures
 * never showed them.
 *
 * <p>Long because adding a survey, changing it and counting the whole ledger again (when the time
 * zone changed) keep the same day rows by the same key — the day in the business's zone, the split,
 * the group — and the recount must rebuild exactly the rows the additions keep; the additions also
 * write their rows in one order, so that two writers never deadlock.
 */
@Component
public class SurveyCounts {

    /** How the counts are split; each split of a day sums to the same totals. */
    enum Split {
        OWNER,
        CASE_TYPE,
        MODE
    }

    /**
     * A customer survey as the figures see it.
     *
     * @param score null until answered
     */
    public record Counted(
            Instant createdAt,
            SurveyKind kind,
            SurveyMode mode,
            SurveyStatus status,
            Integer score,
            String owner,
            String caseType) {

        /** What it adds to its rows: sent, answered, promoters, passives, detractors, satisfied, CSAT answers. */
        long[] slots() {
            long[] s = new long[SLOTS];
            if (status == SurveyStatus.SKIPPED) {
                return s;
            }
            s[SENT] = 1;
            if (status != SurveyStatus.ANSWERED || score == null) {
                return s;
            }
            s[ANSWERED] = 1;
            if (kind == SurveyKind.NPS) {
                s[score >= 9 ? PROMOTERS : score >= 7 ? PASSIVES : DETRACTORS] = 1;
            } else {
                s[CSAT_N] = 1;
                if (score >= 4) {
                    s[SATISFIED] = 1;
                }
            }
            return s;
        }
    }

    /** One group's sums over some days. */
    record Sum(String key, LocalDate day, long[] slots) {}

    static final int SENT = 0;
    static final int ANSWERED = 1;
    static final int PROMOTERS = 2;
    static final int PASSIVES = 3;
    static final int DETRACTORS = 4;
    static final int SATISFIED = 5;
    static final int CSAT_N = 6;
    static final int SLOTS = 7;

    private record Key(Split split, LocalDate day, String group) {}

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::split).thenComparing(Key::day).thenComparing(Key::group);

    private static final String COLUMNS =
            "split, on_day, group_key, sent, answered, promoters, passives, detractors, satisfied, csat_n";

    /** The day rows: the sums of each slot added to them in one atomic statement per row. */
    private static final Tally COUNTS = new Tally(
            "satisfaction_survey_count",
            List.of("split VARCHAR(10)", "on_day DATE", "group_key VARCHAR(64)"),
            List.of("sent", "answered", "promoters", "passives", "detractors", "satisfied", "csat_n"));

    /** The ledger counted again, by day in a zone (the one form of a local date H2 and PostgreSQL agree on). */
    private static final String RECOUNT = "INSERT INTO satisfaction_survey_count (" + COLUMNS + """
            )
            SELECT split, on_day, group_key, COUNT(*),
                   SUM(CASE WHEN answered THEN 1 ELSE 0 END),
                   SUM(CASE WHEN answered AND kind = 'NPS' AND score >= 9 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN answered AND kind = 'NPS' AND score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN answered AND kind = 'NPS' AND score <= 6 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN answered AND kind = 'CSAT' AND score >= 4 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN answered AND kind = 'CSAT' THEN 1 ELSE 0 END)
              FROM (SELECT CAST(? AS VARCHAR(10)) AS split,
                           CAST(TO_CHAR(created_at AT TIME ZONE ?, 'YYYY-MM-DD') AS DATE) AS on_day,
                           COALESCE(%s, '') AS group_key, kind, score,
                           (status = 'ANSWERED' AND score IS NOT NULL) AS answered
                      FROM satisfaction_survey
                     WHERE status <> 'SKIPPED' AND customer_id IS NOT NULL) c
             GROUP BY split, on_day, group_key""";

    private final JdbcTemplate jdbc;
    private final DatabaseKind database;
    private final BusinessSettings settings;

    SurveyCounts(JdbcTemplate jdbc, DatabaseKind database, BusinessSettings settings) {
        this.jdbc = jdbc;
        this.database = database;
        this.settings = settings;
    }

    /** The survey {@code id} as counted now; empty for a survey of one of our users. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Counted> of(long id) {
        return jdbc
                .query(
                        """
                        SELECT created_at, kind, mode, status, score, owner_user, case_type FROM satisfaction_survey
                         WHERE id = ? AND customer_id IS NOT NULL""",
                        (rs, n) -> new Counted(
                                rs.getTimestamp("created_at").toInstant(),
                                SurveyKind.valueOf(rs.getString("kind")),
                                SurveyMode.valueOf(rs.getString("mode")),
                                SurveyStatus.valueOf(rs.getString("status")),
                                (Integer) rs.getObject("score", Integer.class),
                                rs.getString("owner_user"),
                                rs.getString("case_type")),
                        id)
                .stream()
                .findFirst();
    }

    /** Counts the survey {@code id} just written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void added(long id) {
        of(id).ifPresent(now -> changed(null, now));
    }

    /** Counts a change of one survey: takes {@code before} (null: it is new) off its rows, adds {@code after}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Counted before, Counted after) {
        Map<Key, long[]> deltas = new TreeMap<>(ORDER);
        ZoneId zone = settings.timeZone();
        if (before != null) {
            add(deltas, before, -1, zone);
        }
        if (after != null) {
            add(deltas, after, 1, zone);
        }
        write(deltas);
    }

    /** Counts surveys written together (history brought in, the demo). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addedAll(Collection<Counted> surveys) {
        Map<Key, long[]> deltas = new TreeMap<>(ORDER);
        ZoneId zone = settings.timeZone();
        surveys.forEach(s -> add(deltas, s, 1, zone));
        write(deltas);
    }

    private static void add(Map<Key, long[]> deltas, Counted survey, int sign, ZoneId zone) {
        long[] slots = survey.slots();
        if (slots[SENT] == 0) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(survey.createdAt(), zone);
        for (Split split : Split.values()) {
            String group = switch (split) {
                case OWNER -> survey.owner();
                case CASE_TYPE -> survey.caseType();
                case MODE -> survey.mode().name();
            };
            long[] sums = deltas.computeIfAbsent(new Key(split, day, group == null ? "" : group), k -> new long[SLOTS]);
            for (int i = 0; i < SLOTS; i++) {
                sums[i] += sign * slots[i];
            }
        }
    }

    private void write(Map<Key, long[]> deltas) {
        List<Object[]> rows = new ArrayList<>(deltas.size());
        deltas.forEach((key, d) -> {
            boolean nothing = true;
            for (long v : d) {
                nothing &= v == 0;
            }
            if (!nothing) {
                rows.add(new Object[] {
                    key.split().name(), Date.valueOf(key.day()), key.group(), d[0], d[1], d[2], d[3], d[4], d[5], d[6]
                });
            }
        });
        COUNTS.add(jdbc, database, rows);
    }

    /**
     * The sums of the days from {@code from} to {@code to} (both included) of one split: by group, or
     * by group and day when {@code byDay}.
     */
    @Transactional(readOnly = true)
    List<Sum> sums(Split split, LocalDate from, LocalDate to, boolean byDay) {
        String groups = byDay ? "group_key, on_day" : "group_key";
        return jdbc.query(
                "SELECT " + groups + ", SUM(sent), SUM(answered), SUM(promoters), SUM(passives), SUM(detractors),"
                        + " SUM(satisfied), SUM(csat_n) FROM satisfaction_survey_count"
                        + " WHERE split = ? AND on_day >= ? AND on_day <= ? GROUP BY " + groups,
                (rs, n) -> {
                    int first = byDay ? 3 : 2;
                    long[] slots = new long[SLOTS];
                    for (int i = 0; i < SLOTS; i++) {
                        slots[i] = rs.getLong(first + i);
                    }
                    String key = rs.getString(1);
                    return new Sum(
                            key.isEmpty() ? null : key, byDay ? rs.getDate(2).toLocalDate() : null, slots);
                },
                split.name(),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Whether the days are cut in the business's time zone (read in the caller's transaction). */
    @Transactional(readOnly = true)
    public boolean inBusinessZone() {
        return settings.timeZone()
                .getId()
                .equals(jdbc.queryForObject(
                        "SELECT zone FROM satisfaction_survey_count_zone WHERE id = 1", String.class));
    }

    /**
     * Counts the whole ledger again when the days are cut in another zone than the business's (the
     * zone was changed, or the migration counted in UTC). One instance does it: the zone row is
     * taken by a guarded UPDATE, and another instance that comes meanwhile finds it done.
     *
     * @return whether this call counted again
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recountIfZoneChanged() {
        String zone = settings.timeZone().getId();
        String counted =
                jdbc.queryForObject("SELECT zone FROM satisfaction_survey_count_zone WHERE id = 1", String.class);
        if (zone.equals(counted)) {
            return false;
        }
        if (jdbc.update("UPDATE satisfaction_survey_count_zone SET zone = ? WHERE id = 1 AND zone = ?", zone, counted)
                == 0) {
            return false;
        }
        recount(zone);
        return true;
    }

    /**
     * Counts the whole ledger again in the business's time zone: after surveys were written without
     * going through this class (a benchmark's or a test's fill).
     */
    @Transactional
    public void recount() {
        String zone = settings.timeZone().getId();
        jdbc.update("UPDATE satisfaction_survey_count_zone SET zone = ? WHERE id = 1", zone);
        recount(zone);
    }

    private void recount(String zone) {
        jdbc.update("DELETE FROM satisfaction_survey_count");
        jdbc.update(RECOUNT.formatted("owner_user"), Split.OWNER.name(), zone);
        jdbc.update(RECOUNT.formatted("case_type"), Split.CASE_TYPE.name(), zone);
        jdbc.update(RECOUNT.formatted("mode"), Split.MODE.name(), zone);
    }
}
