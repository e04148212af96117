package org.clientela.sales.internal.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.platform.DatabaseKind;
import org.clientela.platform.Tally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Steps and minutes per day (in the business's time zone), seller, campaign and kind, kept on every
 * write of a step so that the time figures add up some thousands of day rows instead of millions of
 * steps. Each addition is one atomic statement per row: two steps logged at once on the same day
 * both count.
 */
@Repository
public class ActivityDays {

    /** The campaign column's value for a step without a campaign (a key column cannot be NULL). */
    public static final long NO_CAMPAIGN = 0;

    /** The columns a day row is grouped by. */
    public record Key(LocalDate day, String seller, long campaignId, String kind) {}

    /** The day rows: steps and minutes added to them in one atomic statement per row. */
    private static final Tally DAYS = new Tally(
            "sales_activity_day",
            List.of("on_day DATE", "seller_username VARCHAR(64)", "campaign_id BIGINT", "kind VARCHAR(12)"),
            List.of("steps", "minutes"));

    /** A step's day in a zone, by the text of its local date: the one form H2 and PostgreSQL agree on. */
    private static final String DAY_OF_AT = "CAST(TO_CHAR(at AT TIME ZONE ?, 'YYYY-MM-DD') AS DATE)";

    private final JdbcTemplate jdbc;
    private final DatabaseKind database;
    private final Clock clock;

    ActivityDays(JdbcTemplate jdbc, DatabaseKind database, Clock clock) {
        this.jdbc = jdbc;
        this.database = database;
        this.clock = clock;
    }

    /** The business's time zone, which says on which day a step counts. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The key of a step: its day in the business's time zone, its seller, campaign and kind. */
    public Key key(Instant at, String seller, Long campaignId, String kind) {
        return new Key(LocalDate.ofInstant(at, zone()), seller, campaignId == null ? NO_CAMPAIGN : campaignId, kind);
    }

    /** Adds one step and its minutes to its day. */
    void add(Instant at, String seller, Long campaignId, ActivityKind kind, Integer minutes) {
        addAll(Map.of(key(at, seller, campaignId, kind.name()), new long[] {1, minutes == null ? 0 : minutes}));
    }

    /** Adds {steps, minutes} to each key's day row, creating the rows not there yet. */
    public void addAll(Map<Key, long[]> sums) {
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((k, v) -> rows.add(new Object[] {k.day(), k.seller(), k.campaignId(), k.kind(), v[0], v[1]}));
        DAYS.add(jdbc, database, rows);
    }

    /**
     * Sums every step again into the day table, by its day in the business's time zone of now:
     * after a change of time zone, or after steps were written without going through this class.
     */
    public void rebuild() {
        String zone = zone().getId();
        jdbc.update("DELETE FROM sales_activity_day");
        jdbc.update(
                "INSERT INTO sales_activity_day (on_day, seller_username, campaign_id, kind, steps, minutes)"
                        + " SELECT on_day, seller_username, campaign_id, kind, COUNT(*), SUM(minutes) FROM (SELECT "
                        + DAY_OF_AT + " AS on_day, seller_username, COALESCE(campaign_id, 0) AS campaign_id, kind,"
                        + " COALESCE(minutes, 0) AS minutes FROM sales_activity) s"
                        + " GROUP BY on_day, seller_username, campaign_id, kind",
                zone);
    }
}
