package org.clientela.retention.internal.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.ReturningBuyers;
import org.clientela.orders.figures.Spread;
import org.clientela.platform.ClientelaSettings;
import org.clientela.platform.PeriodSoFar;
import org.clientela.retention.internal.losses.Concentration;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.clientela.retention.internal.losses.LossFigures;
import org.clientela.retention.internal.losses.LossStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The retention figures of the home page, each with the same figure of the period before: how many
 * of the month's buyers came back, how many customers were lost and what they cost, how many of the
 * radar's calls were made this week, and whether one customer weighs too much (concentration).
 * Every figure is counted by the database; those over the order book are kept for the day
 * ({@link FigureSnapshots}).
 */
@Service
public class HomeFigures {

    private final PurchaseFigures revenue;
    private final LossStatistics losses;
    private final ConcentrationReport concentration;
    private final FigureSnapshots snapshots;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    HomeFigures(
            PurchaseFigures revenue,
            LossStatistics losses,
            ConcentrationReport concentration,
            FigureSnapshots snapshots,
            JdbcClient jdbc,
            ClientelaSettings settings) {
        this.revenue = revenue;
        this.losses = losses;
        this.concentration = concentration;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.zone = settings.timeZone();
    }

    /** This month's buyers and how many had bought before, against the same days of last month. */
    public record Returning(PeriodSoFar period, ReturningBuyers now, ReturningBuyers before) {

        /** Share of this month's buyers who had bought before, in percent (one decimal); null without buyers. */
        public BigDecimal rate() {
            return percent(now);
        }

        public BigDecimal previousRate() {
            return percent(before);
        }

        private static BigDecimal percent(ReturningBuyers b) {
            return b.buyers() == 0
                    ? null
                    : BigDecimal.valueOf(b.returning() * 100L)
                            .divide(BigDecimal.valueOf(b.buyers()), 1, RoundingMode.HALF_UP);
        }
    }

    public Returning returning(LocalDate today) {
        PeriodSoFar period = PeriodSoFar.monthOf(today);
        ReturningBuyers now = snapshots.daily(
                "home-returning",
                today,
                ReturningBuyers.class,
                () -> revenue.returningBuyers(period.from(), period.to()));
        ReturningBuyers before = snapshots.daily(
                "home-returning-before",
                today,
                ReturningBuyers.class,
                () -> revenue.returningBuyers(period.previousFrom(), period.previousTo()));
        return new Returning(period, now, before);
    }

    /** The losses recorded for this month so far, against the same days of last month. */
    public record Losses(PeriodSoFar period, LossFigures now, LossFigures before) {}

    public Losses losses(LocalDate today) {
        PeriodSoFar period = PeriodSoFar.monthOf(today);
        return new Losses(
                period,
                losses.between(period.from(), period.to()),
                losses.between(period.previousFrom(), period.previousTo()));
    }

    /**
     * The radar's calls this week.
     *
     * @param open       calls still waiting, whenever the radar asked for them
     * @param made       calls whose outcome was recorded this week
     * @param madeBefore the same, over the same days of last week
     */
    public record Calls(PeriodSoFar period, long open, long made, long madeBefore) {}

    public Calls calls(LocalDate today) {
        PeriodSoFar week = PeriodSoFar.weekOf(today);
        long open = jdbc.sql("SELECT COUNT(*) FROM retention_call_task WHERE status = 'OPEN'")
                .query(Long.class)
                .single();
        return new Calls(week, open, made(week.from(), week.to()), made(week.previousFrom(), week.previousTo()));
    }

    private long made(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM retention_call_task
                         WHERE status = 'DONE' AND closed_at >= :from AND closed_at < :to""")
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .query(Long.class)
                .single();
    }

    /**
     * The last 12 months' concentration with its alert, and the biggest customer's share of the 12
     * months before (both kept for the day).
     *
     * @param previousTop1Share the biggest customer's share (0–1) of the 12 months before; null without sales then
     */
    public record Weight(Concentration now, Double previousTop1Share) {}

    public Weight concentration(LocalDate today) {
        Concentration now = concentration.lastYear(today);
        LocalDate from = now.from().minusYears(1);
        LocalDate to = now.from();
        Spread before = snapshots.daily(
                "home-concentration-before", today, Spread.class, () -> revenue.spread(from, to, now.currency(), 1));
        Double previous = before.biggest().isEmpty()
                        || before.total() == null
                        || before.total().signum() <= 0
                ? null
                : before.biggest()
                        .get(0)
                        .revenue()
                        .divide(before.total(), java.math.MathContext.DECIMAL64)
                        .doubleValue();
        return new Weight(now, previous);
    }
}
