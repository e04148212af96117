package org.clientela.sales.internal.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
        ZoneId zone = days.zone();
        LocalDate from = day(scope.from(), zone);
        LocalDate to = day(scope.to(), zone);
        if (key == null || (scope.from() != null && from == null) || (scope.to() != null && to == null)) {
            return Optional.empty();
        }
        boolean strategy = group == GroupBy.STRATEGY || scope.strategy() != null;
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (from != null) {
            where.append(" AND d.on_day >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND d.on_day < :to");
            params.put("to", to);
        }
        if (scope.campaignId() != null) {
            where.append(" AND d.campaign_id = :campaign");
            params.put("campaign", scope.campaignId());
        }
        if (scope.seller() != null) {
            where.append(" AND d.seller_username = :seller");
            params.put("seller", scope.seller());
        }
        if (scope.strategy() != null) {
            where.append(" AND c.strategy = :strategy");
            params.put("strategy", scope.strategy());
        }
        Map<String, Map<String, Long>> minutes = new HashMap<>();
        jdbc.sql("SELECT " + key + " AS k, d.kind, SUM(d.minutes) AS m FROM sales_activity_day d"
                        + (strategy ? " LEFT JOIN sales_campaign c ON c.id = d.campaign_id" : "") + where
                        + (group == GroupBy.ALL ? " GROUP BY d.kind" : " GROUP BY " + key + ", d.kind"))
                .params(params)
                .query(rs -> {
                    minutes.computeIfAbsent(group.shown(rs.getString("k")), k -> new HashMap<>())
                            .put(rs.getString("kind"), rs.getLong("m"));
                });
        return Optional.of(minutes);
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
