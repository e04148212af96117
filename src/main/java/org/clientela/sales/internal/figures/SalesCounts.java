package org.clientela.sales.internal.figures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the sales figures, each family in one {@code GROUP BY} where the data is: the
 * prospect table carries the moment of each first step, so a ratio is one pass over prospects; only
 * the won deals come back row by row, for the bootstrap.
 *
 * <p>Long because every family (stages, won deals, minutes, funnel) filters through the same scope
 * and period builders here; split by family, each would need its own copy of them.
 */
@Component
class SalesCounts {

    /** A won deal: its amount and the days from its first conversation ({@code null} if none was logged). */
    record WonDeal(double amount, Double days) {}

    private final JdbcClient jdbc;
    private final DayMinutes days;

    SalesCounts(JdbcClient jdbc, DayMinutes days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** Per group, {numerator, denominator} of each ratio: see {@link #stages}. */
    record StageCounts(Map<String, long[]> conversations, Map<String, long[]> meetings, Map<String, long[]> decided) {}

    /**
     * Per group, the counts behind the three ratios, in one pass over the prospects: {appointment
     * agreed, first conversation in the period}, {proposal, first meeting in the period} and {won,
     * decided in the period after a proposal}. A group appears in a family only when some prospect of
     * it has that family's moment in the period.
     *
     * <p>One query instead of one per ratio: on H2 each of those read the year's prospects through
     * its moment's index, fetching every row from the table one by one (a year is most of the
     * table), which cost more than reading the table once; H2 also joined the campaign for each of
     * them. Each prospect row is reduced to its keys and flags, and only the few distinct
     * combinations are counted, so a grouping by month (each ratio in the month of its own moment)
     * is one pass too.
     */
    StageCounts stages(FigureScope scope, GroupBy group) {
        Map<String, Object> params = new HashMap<>();
        String conversation = inPeriod(scope, "p.first_conversation_at", params);
        String meeting = inPeriod(scope, "p.first_meeting_at", params);
        String decided = inPeriod(scope, "p.decided_at", params)
                + " AND p.first_proposal_at IS NOT NULL AND p.outcome IN ('WON', 'LOST')";
        boolean byMonth = group == GroupBy.MONTH;
        String keys = byMonth
                ? "CASE WHEN " + conversation + " THEN " + group.prospectKey("p.first_conversation_at") + " END AS ck,"
                        + " CASE WHEN " + meeting + " THEN " + group.prospectKey("p.first_meeting_at") + " END AS mk,"
                        + " CASE WHEN " + decided + " THEN " + group.prospectKey("p.decided_at") + " END AS dk"
                : group.prospectKey(null) + " AS k";
        String keyColumns = byMonth ? "f.ck, f.mk, f.dk" : "f.k";
        StringBuilder where =
                new StringBuilder(" WHERE ((" + conversation + ") OR (" + meeting + ") OR (" + decided + "))");
        filters(scope, where, params);
        StageCounts counts = new StageCounts(new HashMap<>(), new HashMap<>(), new HashMap<>());
        jdbc.sql("SELECT " + keyColumns + ", f.conversation, f.appointment, f.meeting, f.proposal, f.decided, f.won,"
                        + " COUNT(*) AS n FROM (SELECT " + keys + ","
                        + " CASE WHEN " + conversation + " THEN 1 ELSE 0 END AS conversation,"
                        + " CASE WHEN p.first_appointment_at IS NOT NULL THEN 1 ELSE 0 END AS appointment,"
                        + " CASE WHEN " + meeting + " THEN 1 ELSE 0 END AS meeting,"
                        + " CASE WHEN p.first_proposal_at IS NOT NULL THEN 1 ELSE 0 END AS proposal,"
                        + " CASE WHEN " + decided + " THEN 1 ELSE 0 END AS decided,"
                        + " CASE WHEN p.outcome = 'WON' THEN 1 ELSE 0 END AS won"
                        + " FROM sales_prospect p LEFT JOIN sales_campaign c ON c.id = p.campaign_id" + where
                        + ") f GROUP BY " + keyColumns + ", f.conversation, f.appointment, f.meeting, f.proposal,"
                        + " f.decided, f.won")
                .params(params)
                .query(rs -> {
                    long n = rs.getLong("n");
                    String key = byMonth ? null : group.shown(rs.getString("k"));
                    if (rs.getInt("conversation") == 1) {
                        add(
                                counts.conversations(),
                                byMonth ? group.shown(rs.getString("ck")) : key,
                                rs.getInt("appointment"),
                                n);
                    }
                    if (rs.getInt("meeting") == 1) {
                        add(
                                counts.meetings(),
                                byMonth ? group.shown(rs.getString("mk")) : key,
                                rs.getInt("proposal"),
                                n);
                    }
                    if (rs.getInt("decided") == 1) {
                        add(counts.decided(), byMonth ? group.shown(rs.getString("dk")) : key, rs.getInt("won"), n);
                    }
                });
        return counts;
    }

    private static void add(Map<String, long[]> counts, String key, int reached, long n) {
        long[] pair = counts.computeIfAbsent(key, k -> new long[2]);
        pair[0] += reached * n;
        pair[1] += n;
    }

    /** Per group, the deals won in the period. */
    Map<String, List<WonDeal>> wonDeals(FigureScope scope, GroupBy group) {
        String key = group.prospectKey("p.decided_at");
        Where where = prospectWhere(scope, "p.decided_at");
        Map<String, List<WonDeal>> deals = new HashMap<>();
        jdbc.sql("SELECT " + key + " AS k, p.won_amount, p.first_conversation_at, p.decided_at"
                        + " FROM sales_prospect p LEFT JOIN sales_campaign c ON c.id = p.campaign_id"
                        + where.sql() + " AND p.outcome = 'WON'")
                .params(where.params())
                .query(rs -> {
                    BigDecimal amount = rs.getBigDecimal("won_amount");
                    OffsetDateTime conversation = rs.getObject("first_conversation_at", OffsetDateTime.class);
                    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
                    Double days = conversation == null
                            ? null
                            : Duration.between(conversation, decided).getSeconds() / 86_400.0;
                    deals.computeIfAbsent(group.shown(rs.getString("k")), k -> new ArrayList<>())
                            .add(new WonDeal(amount == null ? 0 : amount.doubleValue(), days));
                });
        return deals;
    }

    /**
     * Per group, the minutes of the activities done in the period, per kind: from the day sums when
     * they can answer, else (a grouping by the prospect's sector, size band or research) from the steps.
     */
    Map<String, Map<String, Long>> minutes(FigureScope scope, GroupBy group) {
        return days.minutes(scope, group).orElseGet(() -> stepMinutes(scope, group));
    }

    private Map<String, Map<String, Long>> stepMinutes(FigureScope scope, GroupBy group) {
        String key = group.activityKey();
        boolean strategy = group == GroupBy.STRATEGY || scope.strategy() != null;
        String from = " FROM sales_activity a"
                + (group.activitiesNeedProspect() ? " JOIN sales_prospect p ON p.id = a.prospect_id" : "")
                + (strategy ? " LEFT JOIN sales_campaign c ON c.id = a.campaign_id" : "");
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        period(scope, "a.at", where, params);
        if (scope.campaignId() != null) {
            where.append(" AND a.campaign_id = :campaign");
            params.put("campaign", scope.campaignId());
        }
        if (scope.seller() != null) {
            where.append(" AND a.seller_username = :seller");
            params.put("seller", scope.seller());
        }
        if (scope.strategy() != null) {
            where.append(" AND c.strategy = :strategy");
            params.put("strategy", scope.strategy());
        }
        Map<String, Map<String, Long>> minutes = new HashMap<>();
        jdbc.sql("SELECT " + key + " AS k, a.kind, SUM(COALESCE(a.minutes, 0)) AS m" + from + where
                        + (group == GroupBy.ALL ? " GROUP BY a.kind" : " GROUP BY " + key + ", a.kind"))
                .params(params)
                .query(rs -> {
                    minutes.computeIfAbsent(group.shown(rs.getString("k")), k -> new HashMap<>())
                            .put(rs.getString("kind"), rs.getLong("m"));
                });
        return minutes;
    }

    /**
     * The prospects targeted in the period (created then; all of them when the period is open),
     * counted by the furthest stage each reached (0 targeted … 5 proposal, 6 won) and whether it
     * was lost: {@code [stage][0]} all, {@code [stage][1]} lost.
     */
    long[][] funnel(FigureScope scope) {
        Where where = prospectWhere(scope, "p.created_at");
        long[][] counts = new long[7][2];
        jdbc.sql("SELECT f.furthest, f.lost, COUNT(*) AS n FROM (SELECT"
                        + " CASE WHEN p.outcome = 'WON' THEN 6"
                        + " WHEN p.first_proposal_at IS NOT NULL THEN 5"
                        + " WHEN p.first_meeting_at IS NOT NULL THEN 4"
                        + " WHEN p.first_appointment_at IS NOT NULL THEN 3"
                        + " WHEN p.first_conversation_at IS NOT NULL THEN 2"
                        + " WHEN p.first_call_at IS NOT NULL THEN 1 ELSE 0 END AS furthest,"
                        + " CASE WHEN p.outcome = 'LOST' THEN 1 ELSE 0 END AS lost"
                        + " FROM sales_prospect p LEFT JOIN sales_campaign c ON c.id = p.campaign_id"
                        + where.sql() + ") f GROUP BY f.furthest, f.lost")
                .params(where.params())
                .query(rs -> {
                    counts[rs.getInt("furthest")][rs.getInt("lost")] += rs.getLong("n");
                });
        long[][] allAndLost = new long[7][2];
        for (int stage = 0; stage < 7; stage++) {
            allAndLost[stage][0] = counts[stage][0] + counts[stage][1];
            allAndLost[stage][1] = counts[stage][1];
        }
        return allAndLost;
    }

    /** The name of a campaign, if it exists. */
    java.util.Optional<String> campaignName(long id) {
        return jdbc.sql("SELECT name FROM sales_campaign WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Every campaign, by name: the choices of the figures' filters. */
    List<CampaignChoice> campaigns() {
        return jdbc.sql("SELECT id, name, strategy FROM sales_campaign ORDER BY name, id")
                .query((rs, n) -> new CampaignChoice(rs.getLong("id"), rs.getString("name"), rs.getString("strategy")))
                .list();
    }

    /** The customers a campaign won, each with the moment it was won. */
    Map<Long, Instant> wonCustomers(long campaignId) {
        Map<Long, Instant> won = new HashMap<>();
        jdbc.sql("SELECT customer_id, decided_at FROM sales_prospect"
                        + " WHERE campaign_id = :campaign AND outcome = 'WON' AND customer_id IS NOT NULL")
                .param("campaign", campaignId)
                .query(rs -> {
                    won.merge(
                            rs.getLong("customer_id"),
                            rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                            (x, y) -> x.isBefore(y) ? x : y);
                });
        return won;
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where prospectWhere(FigureScope scope, String moment) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        period(scope, moment, where, params);
        filters(scope, where, params);
        return new Where(where.toString(), params);
    }

    /** The scope's campaign, seller and strategy, each when given. */
    private static void filters(FigureScope scope, StringBuilder where, Map<String, Object> params) {
        if (scope.campaignId() != null) {
            where.append(" AND p.campaign_id = :campaign");
            params.put("campaign", scope.campaignId());
        }
        if (scope.seller() != null) {
            where.append(" AND p.owner_username = :seller");
            params.put("seller", scope.seller());
        }
        if (scope.strategy() != null) {
            where.append(" AND c.strategy = :strategy");
            params.put("strategy", scope.strategy());
        }
    }

    /** The condition that {@code moment} falls in the scope's period (is set, when the period is open). */
    private static String inPeriod(FigureScope scope, String moment, Map<String, Object> params) {
        StringBuilder condition = new StringBuilder("1 = 1");
        period(scope, moment, condition, params);
        return condition.toString();
    }

    private static void period(FigureScope scope, String moment, StringBuilder where, Map<String, Object> params) {
        if (scope.from() != null) {
            where.append(" AND ").append(moment).append(" >= :from");
            params.put("from", utc(scope.from()));
        }
        if (scope.to() != null) {
            where.append(" AND ").append(moment).append(" < :to");
            params.put("to", utc(scope.to()));
        }
        if (scope.from() == null && scope.to() == null) {
            where.append(" AND ").append(moment).append(" IS NOT NULL");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
