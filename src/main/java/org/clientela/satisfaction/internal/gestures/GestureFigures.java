package org.clientela.satisfaction.internal.gestures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.retention.ComparableCustomers;
import org.clientela.retention.ComparableCustomers.Comparison;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the {@link GestureLedger}: what the gestures cost month by month, and what they
 * did — the customers who got one against comparable customers who got none (the retention plan's
 * comparison: same segment, same days), in return rate and revenue over the days after. It only
 * reads the ledger; entering gestures is the ledger's.
 */
@Service
@Transactional(readOnly = true)
public class GestureFigures {

    /** What the gestures of one kind cost in one month. */
    public record MonthTotal(YearMonth month, GestureKind kind, long gestures, BigDecimal cost) {}

    /** The effect of the gestures given from {@code from} to {@code to} (of {@code kind}, or all). */
    public record Effect(LocalDate from, LocalDate to, GestureKind kind, Comparison comparison) {}

    private final JdbcClient jdbc;
    private final ComparableCustomers comparable;
    private final GestureSettings settings;

    GestureFigures(JdbcClient jdbc, ComparableCustomers comparable, GestureSettings settings) {
        this.jdbc = jdbc;
        this.comparable = comparable;
        this.settings = settings;
    }

    /** The number and cost of gestures per month and kind, from {@code from} to {@code to} inclusive, summed by the database. */
    public List<MonthTotal> monthlyTotals(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT EXTRACT(YEAR FROM given_on) AS y, EXTRACT(MONTH FROM given_on) AS m, kind,
                               COUNT(*) AS gestures, SUM(cost) AS cost
                          FROM satisfaction_gesture
                         WHERE given_on >= :from AND given_on <= :to
                         GROUP BY EXTRACT(YEAR FROM given_on), EXTRACT(MONTH FROM given_on), kind
                         ORDER BY 1, 2, 3""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new MonthTotal(
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                        GestureKind.valueOf(rs.getString("kind")),
                        rs.getLong("gestures"),
                        rs.getBigDecimal("cost").setScale(2)))
                .list();
    }

    /**
     * What the gestures given from {@code from} to {@code to} did: each customer who got one (their
     * first in the period) against comparable customers of their segment who got none from a window
     * before the period to a window after it, so that nobody in the comparison was touched by a
     * gesture while measured.
     */
    public Effect effect(LocalDate from, LocalDate to, GestureKind kind) {
        int window = settings.effectWindowDays();
        Map<Long, LocalDate> treated = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT customer_id, MIN(given_on) FROM satisfaction_gesture WHERE given_on >= :from AND given_on <= :to"
                                + (kind == null ? "" : " AND kind = :kind")
                                + " GROUP BY customer_id ORDER BY customer_id")
                .params(
                        kind == null
                                ? Map.of("from", from, "to", to)
                                : Map.of("from", from, "to", to, "kind", kind.name()))
                .query(rs -> {
                    treated.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        Set<Long> touched = new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT customer_id FROM satisfaction_gesture
                         WHERE given_on >= :from AND given_on <= :to""")
                .param("from", from.minusDays(window))
                .param("to", to.plusDays(window))
                .query(Long.class)
                .list());
        return new Effect(from, to, kind, comparable.compare(treated, touched, window));
    }
}
