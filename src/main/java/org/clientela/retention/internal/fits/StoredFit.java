package org.clientela.retention.internal.fits;

import java.time.Instant;
import java.time.LocalDate;
import org.clientela.retention.internal.model.CustomerBaseFit;

/**
 * A fit as kept in {@code retention_model_fit}.
 *
 * @param purpose   {@link Purpose#MODEL} for the model in use, {@link Purpose#CHECK} for a fit made
 *                  only to check predictions against a holdout period
 * @param seconds   how long reading the orders and fitting took
 */
public record StoredFit(
        long id,
        Instant fittedAt,
        LocalDate calibrationEnd,
        Purpose purpose,
        int timeUnitDays,
        CustomerBaseFit fit,
        double seconds,
        String fittedBy) {

    /** Why a fit was made. */
    public enum Purpose {
        MODEL,
        CHECK
    }
}
