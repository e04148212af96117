package org.clientela.sales.internal.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.sales.internal.activities.ActivityDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Minutes per kind read from the day sums the activity log keeps ({@link ActivityDays}): a year is
 * at most 366 × sellers × campaigns × kinds rows, however many steps it had. It answers when the
 * period runs from a business midnight to another (the figures' periods are whole days) and the
 * grouping is one a day row knows: by seller, campaign, strategy, month or all together.
 */
@Component
class DayMinutes {

    private final JdbcClient jdbc;
    private final ActivityDays days;

    DayMinutes(JdbcClient jdbc, ActivityDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    /** Per group, minutes per kind; empty when the day sums cannot answer (see the class). */
    Optional<Map<String, Map<String, Long>>> minutes(FigureScope scope, GroupBy group) {
        String key = group.dayKey();
        if (key == null) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        Optional<String> where = period(scope, params);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        boolean strategy = group == GroupBy.STRATEGY || scope.strategy() != null;
        Map<String, Map<String, Long>> minutes = new HashMap<>();
        jdbc.sql("SELECT " + key + " AS k, d.kind, SUM(d.minutes) AS m FROM sales_activity_day d"
                        + (strategy ? " LEFT JOIN sales_campaign c ON c.id = d.campaign_id" : "") + where.get()
                        + " AND " + filter(scope, params, "")
                        + (group == GroupBy.ALL ? " GROUP BY d.kind" : " GROUP BY " + key + ", d.kind"))
                .params(params)
                .query(rs -> {
                    minutes.computeIfAbsent(group.shown(rs.getString("k")), k -> new HashMap<>())
                            .put(rs.getString("kind"), rs.getLong("m"));
                });
        return Optional.of(minutes);
    }

    /**
     * Each side's minutes per kind over the first side's period, in one read of the day sums: each
     * side's filter is a 0/1 column, so overlapping sides are both counted. Empty when the day sums
     * cannot answer.
     */
    Optional<List<Map<String, Long>>> sides(List<FigureScope> sides) {
        Map<String, Object> params = new HashMap<>();
        Optional<String> where = period(sides.get(0), params);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder flags = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        List<String> any = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            String filter = filter(sides.get(i), params, String.valueOf(i));
            flags.append("CASE WHEN ").append(filter).append(" THEN 1 ELSE 0 END AS s" + i + ", ");
            columns.append("f.s").append(i).append(", ");
            any.add("(" + filter + ")");
        }
        boolean strategy = sides.stream().anyMatch(side -> side.strategy() != null);
        List<Map<String, Long>> minutes = new ArrayList<>();
        sides.forEach(side -> minutes.add(new HashMap<>()));
        jdbc.sql("SELECT " + columns + "f.kind, SUM(f.minutes) AS m FROM (SELECT " + flags
                        + "d.kind, d.minutes FROM sales_activity_day d"
                        + (strategy ? " LEFT JOIN sales_campaign c ON c.id = d.campaign_id" : "") + where.get()
                        + " AND (" + String.join(" OR ", any) + ")) f GROUP BY " + columns + "f.kind")
                .params(params)
                .query(rs -> {
                    for (int i = 0; i < sides.size(); i++) {
                        if (rs.getInt("s" + i) == 1) {
                            minutes.get(i).merge(rs.getString("kind"), rs.getLong("m"), Long::sum);
                        }
                    }
                });
        return Optional.of(minutes);
    }

    /**
     * The {@code WHERE} of the scope's period over day rows, or empty when the period does not run
     * from a business midnight to another.
     */
    private Optional<String> period(FigureScope scope, Map<String, Object> params) {
        ZoneId zone = days.zone();
        LocalDate from = day(scope.from(), zone);
        LocalDate to = day(scope.to(), zone);
        if ((scope.from() != null && from == null) || (scope.to() != null && to == null)) {
            return Optional.empty();
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (from != null) {
            where.append(" AND d.on_day >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND d.on_day < :to");
            params.put("to", to);
        }
        return Optional.of(where.toString());
    }

    /** The condition that a day row ({@code d}, its campaign {@code c}) is in the scope's campaign, seller and strategy. */
    private static String filter(FigureScope scope, Map<String, Object> params, String suffix) {
        StringBuilder condition = new StringBuilder("1 = 1");
        if (scope.campaignId() != null) {
            condition.append(" AND d.campaign_id = :campaign").append(suffix);
            params.put("campaign" + suffix, scope.campaignId());
        }
        if (scope.seller() != null) {
            condition.append(" AND d.seller_username = :seller").append(suffix);
            params.put("seller" + suffix, scope.seller());
        }
        if (scope.strategy() != null) {
            condition.append(" AND c.strategy = :strategy").append(suffix);
            params.put("strategy" + suffix, scope.strategy());
        }
        return condition.toString();
    }

    /** The business day an instant starts, or {@code null} when it is not that day's midnight. */
    private static LocalDate day(Instant moment, ZoneId zone) {
        if (moment == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(moment, zone);
        return day.atStartOfDay(zone).toInstant().equals(moment) ? day : null;
    }
}
