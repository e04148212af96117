package org.clientela.retention.internal.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.orders.figures.CohortCell;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.RepeatBuying;
import org.clientela.retention.internal.losses.LossFigures;
import org.clientela.retention.internal.losses.LossStatistics;
import org.springframework.stereotype.Service;

/**
 * The three questions every owner should be able to answer — how many customers did we lose in the last 12 months, why,
 * and what did it cost — plus the one behind them all, "cuántos regresan": the share of new
 * customers who bought again, and how each quarter's new customers kept buying.
 */
@Service
public class ThreeQuestions {

    /** Quarters of first purchase shown in the cohort table, the current one included. */
    static final int COHORTS = 8;

    private final LossStatistics losses;
    private final PurchaseFigures revenue;
    private final FigureSnapshots snapshots;

    ThreeQuestions(LossStatistics losses, PurchaseFigures revenue, FigureSnapshots snapshots) {
        this.losses = losses;
        this.revenue = revenue;
        this.snapshots = snapshots;
    }

    /** The cohort cells as kept in a snapshot. */
    record CohortCells(List<CohortCell> cells) {}

    /**
     * @param newCustomers customers whose first order ever was in the last 12 months
     * @param repeaters    of those, who ordered again on a later day
     */
    public record Answers(LossFigures losses, long newCustomers, long repeaters, List<Cohort> cohorts) {

        /** Share (0–1) of new customers who came back; 0 without new customers. */
        public double repeatRate() {
            return newCustomers == 0 ? 0 : (double) repeaters / newCustomers;
        }
    }

    /**
     * Customers whose first order fell in one quarter.
     *
     * @param still for the quarter of the first order and each later one up to now, the share
     *              (0–1) of the cohort who ordered in it; the first is always 1
     */
    public record Cohort(LocalDate quarter, long customers, List<Double> still) {

        /** E.g. "2026 T1": year and quarter number. */
        public int year() {
            return quarter.getYear();
        }

        public int number() {
            return (quarter.getMonthValue() - 1) / 3 + 1;
        }
    }

    public Answers answer(LocalDate today) {
        LossFigures lost = losses.lastMonths(12, today);
        RepeatBuying repeat = snapshots.daily(
                "repeat-buying",
                today,
                RepeatBuying.class,
                () -> revenue.repeatBuying(today.minusYears(1).plusDays(1), today.plusDays(1)));
        return new Answers(lost, repeat.newCustomers(), repeat.repeaters(), cohorts(today));
    }

    List<Cohort> cohorts(LocalDate today) {
        LocalDate thisQuarter = quarterOf(today);
        LocalDate first = thisQuarter.minusMonths(3L * (COHORTS - 1));
        Map<LocalDate, Map<Integer, Long>> cells = new LinkedHashMap<>();
        CohortCells kept = snapshots.daily(
                "cohorts", today, CohortCells.class, () -> new CohortCells(revenue.quarterlyCohorts(first)));
        for (CohortCell cell : kept.cells()) {
            cells.computeIfAbsent(cell.cohort(), q -> new LinkedHashMap<>())
                    .put(cell.quartersLater(), cell.customers());
        }
        List<Cohort> cohorts = new ArrayList<>();
        for (LocalDate q = first; !q.isAfter(thisQuarter); q = q.plusMonths(3)) {
            Map<Integer, Long> row = cells.getOrDefault(q, Map.of());
            long size = row.getOrDefault(0, 0L);
            int later = (int) (java.time.temporal.ChronoUnit.MONTHS.between(q, thisQuarter) / 3);
            List<Double> still = new ArrayList<>();
            for (int k = 0; k <= later; k++) {
                still.add(size == 0 ? 0 : (double) row.getOrDefault(k, 0L) / size);
            }
            cohorts.add(new Cohort(q, size, still));
        }
        return cohorts;
    }

    static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
