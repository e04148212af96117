package org.clientela.retention.internal.losses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.BusinessSettings;
import org.clientela.retention.LossReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register summed up by the database: one grouped query over {@code retention_loss} by
 * reason and month (index {@code retention_loss_lost_on_idx}), whatever the number of losses.
 */
@Service
@Transactional(readOnly = true)
public class LossStatistics {

    private final JdbcClient jdbc;
    private final BusinessSettings business;

    LossStatistics(JdbcClient jdbc, BusinessSettings settings) {
        this.jdbc = jdbc;
        this.business = settings;
    }

    /** The calendar months ending with the one of {@code today}: {@code months} of them. */
    public LossFigures lastMonths(int months, LocalDate today) {
        LocalDate from = today.withDayOfMonth(1).minusMonths(months - 1L);
        return between(from, today.plusDays(1));
    }

    /** Standing losses with {@code from <= lost_on < to}. */
    public LossFigures between(LocalDate from, LocalDate to) {
        Map<LossReason, long[]> counts = new EnumMap<>(LossReason.class);
        Map<LossReason, BigDecimal> reasonRevenue = new EnumMap<>(LossReason.class);
        Map<YearMonth, long[]> monthCounts = new LinkedHashMap<>();
        Map<YearMonth, BigDecimal> monthRevenue = new LinkedHashMap<>();
        BigDecimal[] money = {BigDecimal.ZERO, BigDecimal.ZERO};
        long[] withoutValue = {0};
        jdbc.sql("""
                        SELECT reason, CAST(EXTRACT(YEAR FROM lost_on) AS INTEGER) AS y,
                               CAST(EXTRACT(MONTH FROM lost_on) AS INTEGER) AS m, COUNT(*) AS losses,
                               COALESCE(SUM(lost_revenue), 0) AS revenue,
                               COALESCE(SUM(lost_lifetime_value), 0) AS ltv,
                               COUNT(*) - COUNT(lost_lifetime_value) AS without_ltv
                          FROM retention_loss
                         WHERE lost_on >= :from AND lost_on < :to AND won_back_on IS NULL
                         GROUP BY reason, CAST(EXTRACT(YEAR FROM lost_on) AS INTEGER),
                                  CAST(EXTRACT(MONTH FROM lost_on) AS INTEGER)""").param("from", from).param("to", to).query(rs -> {
            LossReason reason = LossReason.valueOf(rs.getString("reason"));
            YearMonth month = YearMonth.of(rs.getInt("y"), rs.getInt("m"));
            long n = rs.getLong("losses");
            BigDecimal revenue = rs.getBigDecimal("revenue");
            counts.computeIfAbsent(reason, r -> new long[1])[0] += n;
            reasonRevenue.merge(reason, revenue, BigDecimal::add);
            monthCounts.computeIfAbsent(month, r -> new long[1])[0] += n;
            monthRevenue.merge(month, revenue, BigDecimal::add);
            money[0] = money[0].add(revenue);
            money[1] = money[1].add(rs.getBigDecimal("ltv"));
            withoutValue[0] += rs.getLong("without_ltv");
        });
        long wonBack = jdbc.sql("""
                        SELECT COUNT(*) FROM retention_loss
                         WHERE lost_on >= :from AND lost_on < :to AND won_back_on IS NOT NULL""")
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        Map<LossReason, LossFigures.Tally> byReason = new EnumMap<>(LossReason.class);
        long count = 0;
        long avoidable = 0;
        for (LossReason reason : LossReason.values()) {
            long n = counts.getOrDefault(reason, new long[1])[0];
            byReason.put(reason, new LossFigures.Tally(n, reasonRevenue.getOrDefault(reason, BigDecimal.ZERO)));
            count += n;
            avoidable += reason.avoidable() ? n : 0;
        }
        List<LossFigures.MonthTally> byMonth = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to.minusDays(1)); m = m.plusMonths(1)) {
            byMonth.add(new LossFigures.MonthTally(
                    m, monthCounts.getOrDefault(m, new long[1])[0], monthRevenue.getOrDefault(m, BigDecimal.ZERO)));
        }
        return new LossFigures(
                from,
                to,
                count,
                avoidable,
                wonBack,
                money[0],
                money[1],
                withoutValue[0],
                byReason,
                byMonth,
                currency());
    }

    /** The business currency as the settings page has it now. */
    private String currency() {
        return business.currency().getCurrencyCode();
    }
}
