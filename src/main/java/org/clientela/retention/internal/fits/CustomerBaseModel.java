package org.clientela.retention.internal.fits;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The latest fitted customer-base model (BG/NBD with Gamma-Gamma spend), as the rest of the
 * retention module uses it: the radar's "low probability of still being active", presumed-lost
 * candidates and the lifetime value lost with a customer.
 */
public interface CustomerBaseModel {

    /** The most recent fit, or empty when no model has been fitted yet. */
    Optional<Fit> latest();

    /** A fitted model, able to score any customer's purchase history. */
    interface Fit {

        /** Orders up to and including this day were used. */
        LocalDate calibrationEnd();

        /**
         * Probability that a customer is still active.
         *
         * @param repeatPurchases purchase days after the first one ({@code x})
         * @param weeksToLast     weeks from the first purchase to the last ({@code t_x})
         * @param weeksObserved   weeks from the first purchase to the day of scoring ({@code T})
         */
        double probabilityAlive(int repeatPurchases, double weeksToLast, double weeksObserved);

        /** Expected purchases in the next {@code horizonWeeks} weeks. */
        double expectedPurchases(int repeatPurchases, double weeksToLast, double weeksObserved, double horizonWeeks);

        /**
         * Expected lifetime value, discounted, over the configured horizon, given the customer's
         * mean spend per repeat purchase ({@code averageSpend}, ignored when there are none).
         */
        double expectedLifetimeValue(
                int repeatPurchases, double weeksToLast, double weeksObserved, double averageSpend);
    }
}
