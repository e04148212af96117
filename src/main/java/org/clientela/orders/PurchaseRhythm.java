package org.clientela.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How often one customer buys and what they brought in over the last twelve months, for the
 * purchase profile of the customer page.
 */
public interface PurchaseRhythm {

    /** The customer's rhythm on {@code asOf}, or empty when they never bought. */
    Optional<Rhythm> of(long customerId, LocalDate asOf);

    /**
     * @param purchaseDays       distinct days with an order
     * @param typicalIntervalDays median of the days between consecutive purchase days, or
     *                           {@code null} with fewer than two purchase days
     * @param lastTwelveMonths   revenue of the orders of the 365 days up to {@code asOf}, per
     *                           currency, largest first; empty when nothing was bought in that time
     */
    record Rhythm(long purchaseDays, Integer typicalIntervalDays, LocalDate lastPurchase,
            List<Revenue> lastTwelveMonths) {
    }

    record Revenue(String currency, BigDecimal amount) {
    }
}
