package org.clientela.retention.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.clientela.retention.internal.ModelSettings;
import org.clientela.retention.internal.StoredFit;
import org.clientela.retention.internal.model.BgNbdParameters;
import org.clientela.retention.internal.model.GammaGammaParameters;

/**
 * The numbers of a fit as a shop owner reads them: purchases per week and days between purchases
 * of active customers, the chance of leaving after a purchase, the mean spend of a purchase, and
 * the parameters themselves rounded to three significant figures.
 */
record ModelExplanation(StoredFit stored, BigDecimal purchasesPerWeek, BigDecimal daysBetweenPurchases,
        BigDecimal dropoutPercent, BigDecimal meanSpend, BigDecimal r, BigDecimal alpha, BigDecimal a, BigDecimal b,
        BigDecimal p, BigDecimal q, BigDecimal gamma, BigDecimal logLikelihood, BigDecimal seconds,
        boolean weeks) {

    static ModelExplanation of(StoredFit stored) {
        BgNbdParameters bg = stored.fit().purchases();
        GammaGammaParameters gg = stored.fit().spend();
        double perWeek = bg.meanPurchaseRate() * 7 / stored.timeUnitDays();
        double meanSpend = gg.populationMeanSpend();
        return new ModelExplanation(stored, significant(perWeek), BigDecimal.valueOf(7 / perWeek).setScale(0,
                RoundingMode.HALF_UP), BigDecimal.valueOf(100 * bg.meanDropoutProbability()).setScale(1,
                RoundingMode.HALF_UP), Double.isFinite(meanSpend) ? BigDecimal.valueOf(meanSpend).setScale(2,
                RoundingMode.HALF_UP) : null, significant(bg.r()), significant(bg.alpha()), significant(bg.a()),
                significant(bg.b()), significant(gg.p()), significant(gg.q()), significant(gg.gamma()),
                BigDecimal.valueOf(stored.fit().logLikelihood()).setScale(1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(stored.seconds()).setScale(1, RoundingMode.HALF_UP), stored.timeUnitDays() == 7);
    }

    /** The horizon and discount of the lifetime value, for the sentence that explains it. */
    static BigDecimal percent(ModelSettings settings) {
        return BigDecimal.valueOf(settings.monthlyDiscountRate() * 100).stripTrailingZeros();
    }

    private static BigDecimal significant(double value) {
        return new BigDecimal(value, new MathContext(3, RoundingMode.HALF_UP));
    }
}
