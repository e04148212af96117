package org.clientela.sales.internal.activities;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

    private static final String POSTGRES_ADD = """
            INSERT INTO sales_activity_day (on_day, seller_username, campaign_id, kind, steps, minutes)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (on_day, seller_username, campaign_id, kind) DO UPDATE
               SET steps = sales_activity_day.steps + EXCLUDED.steps,
                   minutes = sales_activity_day.minutes + EXCLUDED.minutes""";

    /** H2 has no ON CONFLICT … DO UPDATE; its MERGE may meet a row inserted meanwhile and is then run again. */
    private static final String H2_ADD = """
            MERGE INTO sales_activity_day t
            USING (SELECT CAST(? AS DATE) AS on_day, CAST(? AS VARCHAR(64)) AS seller_username,
                          CAST(? AS BIGINT) AS campaign_id, CAST(? AS VARCHAR(12)) AS kind,
                          CAST(? AS BIGINT) AS steps, CAST(? AS BIGINT) AS minutes) s
               ON t.on_day = s.on_day AND t.seller_username = s.seller_username AND t.campaign_id = s.campaign_id
                  AND t.kind = s.kind
             WHEN MATCHED THEN UPDATE SET steps = t.steps + s.steps, minutes = t.minutes + s.minutes
             WHEN NOT MATCHED THEN INSERT (on_day, seller_username, campaign_id, kind, steps, minutes)
                  VALUES (s.on_day, s.seller_username, s.campaign_id, s.kind, s.steps, s.minutes)""";

    /** A step's day in a zone, by the text of its local date: the one form H2 and PostgreSQL agree on. */
    private static final String DAY_OF_AT = "CAST(TO_CHAR(at AT TIME ZONE ?, 'YYYY-MM-DD') AS DATE)";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile Boolean postgres;

    ActivityDays(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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
        if (isPostgres()) {
            jdbc.batchUpdate(POSTGRES_ADD, rows);
            return;
        }
        for (Object[] row : rows) {
            try {
                jdbc.update(H2_ADD, row);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update(H2_ADD, row);
            }
        }
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

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                known = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            } catch (SQLException e) {
                known = false;
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            postgres = known;
        }
        return known;
    }
}
