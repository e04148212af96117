package org.clientela.sales.internal.activities;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes per kind of step and seller per ISO week (Monday to Sunday in the business's time zone),
 * set against the yardstick of a seller's week: prospecting is about half of it, some 22 hours. The
 * database adds up the day sums the activity log keeps ({@link ActivityDays}); this only names the weeks.
 */
@Component
public class ActivityTime {

    /** About 22 hours of prospecting a week: half a seller's week. */
    public static final int YARDSTICK_MINUTES = 1320;
    /** The kinds that are prospecting work; a win or a loss is a result, not time spent. */
    public static final Set<ActivityKind> PROSPECTING = Set.of(
            ActivityKind.CALL,
            ActivityKind.CONVERSATION,
            ActivityKind.APPOINTMENT,
            ActivityKind.MEETING,
            ActivityKind.PROPOSAL);
    /** The longest period asked at once: three years of weeks. */
    static final long MAX_DAYS = 3 * 366;
    /** 1970-01-05, the first Monday after the epoch, in seconds: weeks are counted from there. */
    private static final long FIRST_MONDAY = 4 * 86400L;

    private static final long WEEK = 7 * 86400L;

    private final JdbcClient jdbc;
    private final Clock clock;

    ActivityTime(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The weeks that touch {@code from}..{@code to} (whole weeks, both days included; the last twelve
     * weeks when not given), for {@code seller} or every seller the person signed in may see.
     */
    @Transactional(readOnly = true)
    public Report weeks(LocalDate from, LocalDate to, String seller) {
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? last.minusWeeks(11) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException(InputError.field("from", "sales.activityTime.from.afterTo"));
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw new InvalidInputException(InputError.field("to", "sales.activityTime.tooLong", MAX_DAYS));
        }
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate endMonday = last.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String who = seller == null || seller.isBlank() ? null : seller.strip();
        if (!SellerAccess.seesAll()) {
            if (who != null && !who.equals(SellerAccess.me())) {
                throw new AccessDeniedException("A seller sees their own time");
            }
            who = SellerAccess.me();
        }
        // Weeks from the day sums the activity log keeps: a day is already in the business's time zone.
        String weekOf = "FLOOR((EXTRACT(EPOCH FROM on_day) - " + FIRST_MONDAY + ") / " + WEEK + ")";
        Map<String, SellerWeek> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT week, seller_username, kind, SUM(minutes) AS minutes, SUM(steps) AS steps FROM ("
                        + " SELECT CAST(" + weekOf + " AS BIGINT) AS week, seller_username, kind, minutes, steps"
                        + " FROM sales_activity_day WHERE on_day >= :start AND on_day < :end"
                        + (who == null ? "" : " AND seller_username = :seller")
                        + ") t GROUP BY week, seller_username, kind ORDER BY week, seller_username, kind")
                .params(params(monday, endMonday, who))
                .query((rs, n) -> {
                    LocalDate weekStart = LocalDate.of(1970, 1, 5).plusWeeks(rs.getLong("week"));
                    String name = rs.getString("seller_username");
                    SellerWeek row = rows.computeIfAbsent(weekStart + "/" + name, k -> new SellerWeek(weekStart, name));
                    row.add(ActivityKind.valueOf(rs.getString("kind")), rs.getLong("minutes"), rs.getLong("steps"));
                    return null;
                })
                .list();
        return new Report(monday, endMonday.minusDays(1), who, new ArrayList<>(rows.values()));
    }

    private static Map<String, Object> params(LocalDate start, LocalDate end, String seller) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("start", start);
        params.put("end", end);
        if (seller != null) {
            params.put("seller", seller);
        }
        return params;
    }

    /** The weeks asked, from the Monday of the first to the Sunday of the last. */
    public record Report(LocalDate from, LocalDate to, String seller, List<SellerWeek> weeks) {}

    /** One seller's week: minutes and steps per kind, and the prospecting minutes against the yardstick. */
    public static final class SellerWeek {
        private final LocalDate weekStart;
        private final String seller;
        private final Map<ActivityKind, Long> minutes = new EnumMap<>(ActivityKind.class);
        private final Map<ActivityKind, Long> steps = new EnumMap<>(ActivityKind.class);

        SellerWeek(LocalDate weekStart, String seller) {
            this.weekStart = weekStart;
            this.seller = seller;
        }

        void add(ActivityKind kind, long kindMinutes, long kindSteps) {
            minutes.merge(kind, kindMinutes, Long::sum);
            steps.merge(kind, kindSteps, Long::sum);
        }

        public LocalDate weekStart() {
            return weekStart;
        }

        public String seller() {
            return seller;
        }

        public Map<ActivityKind, Long> minutesByKind() {
            return minutes;
        }

        public Map<ActivityKind, Long> stepsByKind() {
            return steps;
        }

        /** Minutes of prospecting work (every kind but the decisions). */
        public long prospectingMinutes() {
            return minutes.entrySet().stream()
                    .filter(e -> PROSPECTING.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        /** Prospecting minutes as a share of the yardstick's 1,320 (1.0 is a full half week). */
        public double shareOfYardstick() {
            return prospectingMinutes() / (double) YARDSTICK_MINUTES;
        }
    }
}
