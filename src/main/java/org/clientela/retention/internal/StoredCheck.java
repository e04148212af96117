package org.clientela.retention.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.clientela.retention.internal.model.HoldoutCheck;

/**
 * A calibration/holdout check as kept in {@code retention_model_check}: the fit on the orders up
 * to {@code fit.calibrationEnd()}, and its predictions for the {@code holdoutWeeks} weeks up to
 * {@code holdoutEnd} next to what customers actually bought.
 */
public record StoredCheck(long id, StoredFit fit, Instant checkedAt, LocalDate holdoutEnd, int holdoutWeeks,
        HoldoutCheck.Result result, String checkedBy) {
}
