package org.clientela.sales.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.clientela.sales.internal.businesscase.Appraisal;
import org.clientela.sales.internal.businesscase.Explanation;

/**
 * The figures as the API gives them: rates and ROI as fractions to six decimals (0.153221 is
 * 15.3221 %), money to the cent, years to four decimals; {@code irr} is {@code null} when there is no
 * single internal rate, and {@code irrNote} says why (with the rates in {@code irrRates} when there are several).
 */
record BusinessCaseFigures(
        BigDecimal npv,
        BigDecimal irr,
        String irrNote,
        List<BigDecimal> irrRates,
        BigDecimal roi,
        BigDecimal paybackYears,
        BigDecimal discountedPaybackYears) {

    static BusinessCaseFigures of(Appraisal a, Explanation words, Locale locale) {
        return new BusinessCaseFigures(
                round(a.npv(), 2),
                round(a.irr(), 6),
                words.irrNote(a, locale),
                a.irrRates().stream().map(r -> round(r, 6)).toList(),
                round(a.roi(), 6),
                round(a.paybackYears(), 4),
                round(a.discountedPaybackYears(), 4));
    }

    private static BigDecimal round(Double value, int decimals) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
