package org.clientela.retention.internal.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.RhythmWindow;
import org.clientela.retention.internal.radar.RadarSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well the radar's ranking would have done on any stretch of the business's past: the customers
 * are ranked as a run on {@code calibrationEnd} would have ranked them (learning only from what was
 * known then), and the ranking is compared with who bought nothing in the days up to
 * {@code holdoutEnd}. The model check reports it beside the model's own figures.
 */
@Service
public class RankingCheck {

    /**
     * @param customers   customers who had bought by the calibration end
     * @param lost        of those, the ones who bought nothing after it, up to the holdout end
     * @param auc         area under the ROC curve of the ranking for "bought nothing"
     * @param aucRecency  the same for the days since the last purchase alone
     * @param top         the customers the ranking put first ({@link RiskRanking#topSize})
     * @param topLost     of those, the ones who bought nothing
     * @param method      the way of ranking the run would have chosen
     */
    public record Quality(int customers, int lost, double auc, double aucRecency, int top, int topLost, String method)
            implements java.io.Serializable {

        /** Of {@code top} customers drawn at random, how many would have bought nothing. */
        public long baseOfTop() {
            return Math.round((double) top * lost / customers);
        }

        /** Of the customers ranked first, how many in 100 bought nothing. */
        public long topPer100() {
            return Math.round(100.0 * topLost / top);
        }

        /** Of all customers, how many in 100 bought nothing: what a list drawn at random finds. */
        public long basePer100() {
            return Math.round(100.0 * lost / customers);
        }
    }

    private final CustomerPurchases purchases;
    private final RadarSettings settings;

    RankingCheck(CustomerPurchases purchases, RadarSettings settings) {
        this.purchases = purchases;
        this.settings = settings;
    }

    /** Empty when nobody had bought by the calibration end, or everyone or nobody came back. */
    @Transactional(readOnly = true)
    public Optional<Quality> check(LocalDate calibrationEnd, LocalDate holdoutEnd) {
        PurchaseHistories histories = new PurchaseHistories(calibrationEnd, settings.horizonDays());
        // No category is bought in more baseline months than there are: the stream reads none.
        purchases.forEachRhythm(
                new RhythmWindow(
                        calibrationEnd,
                        settings.recentMonths(),
                        settings.baselineMonths(),
                        settings.baselineMonths() + 1),
                rhythm -> histories.add(
                        rhythm.customerId(),
                        rhythm.firstDay(),
                        rhythm.gaps(),
                        rhythm.yearAmount().doubleValue(),
                        0));
        int n = histories.size();
        if (n == 0) {
            return Optional.empty();
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = histories.customerId(i);
        }
        boolean[] lost = new boolean[n];
        Arrays.fill(lost, true);
        purchases.forEachSummary(calibrationEnd, holdoutEnd, s -> {
            int i = Arrays.binarySearch(ids, s.customerId());
            if (i >= 0 && s.purchaseDaysAfter() > 0) {
                lost[i] = false;
            }
        });
        RiskRanking.Result ranking = RiskRanking.rank(histories, null);
        double[] recency = new double[n];
        int lostCount = 0;
        for (int i = 0; i < n; i++) {
            recency[i] = histories.daysSinceLast(i);
            lostCount += lost[i] ? 1 : 0;
        }
        double auc = RocAuc.of(ranking.riskScore(), lost);
        if (Double.isNaN(auc)) {
            return Optional.empty();
        }
        int top = RiskRanking.topSize(n);
        int topLost = RiskRanking.topLost(ranking.riskScore(), lost, top);
        return Optional.of(new Quality(
                n,
                lostCount,
                auc,
                RocAuc.of(recency, lost),
                top,
                topLost,
                ranking.method().name()));
    }
}
