package org.clientela.sales.internal.figures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the sales figures, each family in one {@code GROUP BY} where the data is: the
 * prospect table carries the moment of each first step, so the three ratios and the won deals (which
 * come back one row per deal, for the bootstrap) are one pass over prospects ({@link ProspectPass}).
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
    private final ProspectPass pass;

    SalesCounts(JdbcClient jdbc, DayMinutes days) {
        this.jdbc = jdbc;
        this.days = days;
        this.pass = new ProspectPass(jdbc);
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
     * table), which cost more than reading the table once. See {@link ProspectPass}.
     */
    StageCounts stages(FigureScope scope, GroupBy group) {
        return tally(scope, group).stages();
    }

    /** Per group, the stage counts and the deals won in the period, from one read of the prospects. */
    ProspectPass.Tally tally(FigureScope scope, GroupBy group) {
        return pass.count(group, List.of(scope)).get(0);
    }

    /**
     * The stage counts and won deals of each side, as one group: one read of the prospects for all
     * of them when they share a period (a comparison's sides do), one each otherwise.
     */
    List<ProspectPass.Tally> tallies(List<FigureScope> sides) {
        if (samePeriod(sides)) {
            return pass.count(GroupBy.ALL, sides);
        }
        return sides.stream().map(side -> tally(side, GroupBy.ALL)).toList();
    }

    /** Each side's minutes per kind, as {@link #minutes} by {@code ALL}: one read of the day sums when they can answer. */
    List<Map<String, Long>> sideMinutes(List<FigureScope> sides) {
        return (samePeriod(sides) ? days.sides(sides) : java.util.Optional.<List<Map<String, Long>>>empty())
                .orElseGet(() -> sides.stream()
                        .map(side -> minutes(side, GroupBy.ALL).getOrDefault("ALL", Map.of()))
                        .toList());
    }

    private static boolean samePeriod(List<FigureScope> sides) {
        FigureScope first = sides.get(0);
        return sides.stream()
                .allMatch(side -> java.util.Objects.equals(side.from(), first.from())
                        && java.util.Objects.equals(side.to(), first.to()));
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
                        + " FROM sales_prospect p"
                        + (scope.strategy() != null ? " LEFT JOIN sales_campaign c ON c.id = p.campaign_id" : "")
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
        where.append(" AND ").append(filter(scope, params, ""));
    }

    /**
     * The condition that a prospect {@code p} (its campaign {@code c}) is in the scope's campaign,
     * seller and strategy, each when given; {@code suffix} keeps the parameters of several scopes apart.
     */
    static String filter(FigureScope scope, Map<String, Object> params, String suffix) {
        StringBuilder condition = new StringBuilder("1 = 1");
        if (scope.campaignId() != null) {
            condition.append(" AND p.campaign_id = :campaign").append(suffix);
            params.put("campaign" + suffix, scope.campaignId());
        }
        if (scope.seller() != null) {
            condition.append(" AND p.owner_username = :seller").append(suffix);
            params.put("seller" + suffix, scope.seller());
        }
        if (scope.strategy() != null) {
            condition.append(" AND c.strategy = :strategy").append(suffix);
            params.put("strategy" + suffix, scope.strategy());
        }
        return condition.toString();
    }

    /** The condition that {@code moment} falls in the scope's period (is set, when the period is open). */
    static String inPeriod(FigureScope scope, String moment, Map<String, Object> params) {
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
