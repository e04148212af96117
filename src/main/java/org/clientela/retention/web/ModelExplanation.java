package org.clientela.retention.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.clientela.retention.internal.fits.ModelSettings;
import org.clientela.retention.internal.fits.StoredFit;
import org.clientela.retention.internal.model.BgNbdParameters;
import org.clientela.retention.internal.model.GammaGammaParameters;

/**
 * The numbers of a fit as a shop owner reads them, and the parameters themselves (rounded to
 * three significant figures) for the analysts' fold.
 *
 * <p>The buying rate varies across customers as Gamma(r, α). Its mean r/α is pulled up by a few
 * very frequent buyers, the more so the lower r: below r = 1 the distribution is so skewed that
 * the mean describes almost nobody (on CDNOW, r = 0.243: a mean of once every 127 days, while half
 * of the customers buy less often than once every 772 days). So the page describes the typical
 * customer by the median, leading with it when r &lt; 1 ({@link #skewed()}), and the spread by the
 * customer one in ten (the 90th percentile of the rate) against the typical one. The same holds
 * for spend: the typical customer's spend per purchase is the median across customers.
 *
 * @param purchasesPerWeek      mean purchases a week of an active customer (r/α)
 * @param daysBetweenPurchases  days between purchases at that mean rate
 * @param typicalDays           days between purchases of the typical (median) active customer
 * @param frequentDays          days between purchases of the customer one in ten who buys most often
 *                              (90th percentile of the rate)
 * @param frequentTimes         how many times as often that customer buys as the typical one
 * @param dropoutPercent        mean chance of stopping after each repeat purchase, in percent
 * @param dropoutOneIn          the same as "one in N"
 * @param meanSpend             mean spend of a repeat purchase, or null without a finite mean (q ≤ 1)
 * @param typicalSpend          the typical customer's spend per purchase (median across customers)
 * @param skewed                r &lt; 1: the rate is so skewed that the median leads the sentence
 * @param meanRate              r/α, purchases per unit of time of the model (week or day)
 * @param medianRate            the median rate, per unit of time
 */
record ModelExplanation(
        StoredFit stored,
        BigDecimal purchasesPerWeek,
        BigDecimal daysBetweenPurchases,
        BigDecimal typicalDays,
        BigDecimal frequentDays,
        BigDecimal frequentTimes,
        BigDecimal dropoutPercent,
        BigDecimal dropoutOneIn,
        BigDecimal meanSpend,
        BigDecimal typicalSpend,
        boolean skewed,
        BigDecimal r,
        BigDecimal alpha,
        BigDecimal a,
        BigDecimal b,
        BigDecimal p,
        BigDecimal q,
        BigDecimal gamma,
        BigDecimal logLikelihood,
        BigDecimal seconds,
        boolean weeks,
        BigDecimal meanRate,
        BigDecimal medianRate) {

    static ModelExplanation of(StoredFit stored) {
        BgNbdParameters bg = stored.fit().purchases();
        GammaGammaParameters gg = stored.fit().spend();
        int unitDays = stored.timeUnitDays();
        double perWeek = bg.meanPurchaseRate() * 7 / unitDays;
        double typicalRate = bg.medianPurchaseRate();
        double frequentRate = bg.purchaseRateQuantile(0.9);
        double meanSpend = gg.populationMeanSpend();
        double typicalSpend = gg.medianSpend();
        double dropout = bg.meanDropoutProbability();
        return new ModelExplanation(
                stored,
                significant(perWeek),
                days(7 / perWeek),
                days(unitDays / typicalRate),
                days(unitDays / frequentRate),
                significant(frequentRate / typicalRate),
                BigDecimal.valueOf(100 * dropout).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(1 / dropout).setScale(0, RoundingMode.HALF_UP),
                money(meanSpend),
                money(typicalSpend),
                bg.r() < 1,
                significant(bg.r()),
                significant(bg.alpha()),
                significant(bg.a()),
                significant(bg.b()),
                significant(gg.p()),
                significant(gg.q()),
                significant(gg.gamma()),
                BigDecimal.valueOf(stored.fit().logLikelihood()).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(stored.seconds()).setScale(1, RoundingMode.HALF_UP),
                unitDays == 7,
                significant(bg.meanPurchaseRate()),
                significant(typicalRate));
    }

    /** The horizon and discount of the lifetime value, for the sentence that explains it. */
    static BigDecimal percent(ModelSettings settings) {
        return BigDecimal.valueOf(settings.monthlyDiscountRate() * 100).stripTrailingZeros();
    }

    /** Whole days; the messages say "less than once every ten years" past 3,650. */
    private static BigDecimal days(double value) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(Math.min(value, 1e9)).setScale(0, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(1_000_000_000);
    }

    private static BigDecimal money(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP) : null;
    }

    private static BigDecimal significant(double value) {
        return new BigDecimal(value, new MathContext(3, RoundingMode.HALF_UP));
    }
}
