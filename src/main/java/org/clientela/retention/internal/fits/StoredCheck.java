package org.clientela.retention.internal.fits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.retention.internal.model.HoldoutCheck;

/**
 * A calibration/holdout check as kept in {@code retention_model_check}: the fit on the orders up
 * to {@code fit.calibrationEnd()}, and its predictions for the period up to {@code holdoutEnd}
 * ({@code holdoutWeeks} weeks, rounded up) next to what customers actually bought.
 *
 * @param lastOrder the day of the business's newest order when the check ran (null for checks
 *                  kept before it was recorded)
 */
public record StoredCheck(
        long id,
        StoredFit fit,
        Instant checkedAt,
        LocalDate holdoutEnd,
        int holdoutWeeks,
        HoldoutCheck.Result result,
        String checkedBy,
        LocalDate lastOrder) {

    /** Below this many actual repeat purchases a check says little about the model. */
    public static final int FEW_PURCHASES = 30;

    /** The first day of the checked period. */
    public LocalDate holdoutStart() {
        return fit.calibrationEnd().plusDays(1);
    }

    /** Length of the checked period in weeks, e.g. 39 or 26.14. */
    public double holdoutLengthWeeks() {
        return (holdoutEnd.toEpochDay() - fit.calibrationEnd().toEpochDay()) / 7.0;
    }

    /**
     * What the reader should know before trusting the figures: the checked period holds no repeat
     * purchase (the history most likely ends earlier), or too few to judge; or it ends after the
     * newest order.
     */
    public List<CheckWarning> warnings() {
        List<CheckWarning> warnings = new ArrayList<>();
        long actual = Math.round(result.actualTotal());
        if (actual == 0) {
            warnings.add(new CheckWarning(
                    "NO_PURCHASES_IN_PERIOD", "retention.model.check.warning.noPurchases", holdoutStart(), holdoutEnd));
        } else if (actual < FEW_PURCHASES) {
            warnings.add(new CheckWarning(
                    "FEW_PURCHASES_IN_PERIOD", "retention.model.check.warning.fewPurchases", actual, FEW_PURCHASES));
        }
        if (lastOrder != null && holdoutEnd.isAfter(lastOrder)) {
            warnings.add(new CheckWarning(
                    "AFTER_LAST_ORDER", "retention.model.check.warning.afterLastOrder", holdoutEnd, lastOrder));
        }
        return warnings;
    }

    /**
     * One warning: a stable {@code code} for programs, and a message key with its arguments (dates
     * as {@link LocalDate}, counts as numbers) for people.
     */
    public record CheckWarning(String code, String messageKey, Object... args) {}
}
