package org.clientela.retention.internal.fits;

import java.time.LocalDate;
import java.util.Optional;
import org.clientela.retention.internal.model.BgNbdParameters;
import org.clientela.retention.internal.model.GammaGammaParameters;
import org.clientela.retention.internal.model.LifetimeValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CustomerBaseModel} from the newest stored MODEL fit. Histories arrive in weeks and are
 * converted to the fit's own time unit; the lifetime value uses the configured horizon and
 * monthly discount rate.
 */
@Component
class LatestCustomerBaseModel implements CustomerBaseModel {

    private final ModelFits fits;
    private final ModelSettings settings;

    LatestCustomerBaseModel(ModelFits fits, ModelSettings settings) {
        this.fits = fits;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Fit> latest() {
        return fits.latest(StoredFit.Purpose.MODEL).map(stored -> new Scorer(stored, settings));
    }

    /** One stored fit, able to score histories given in weeks. */
    record Scorer(StoredFit stored, ModelSettings settings) implements Fit {

        @Override
        public LocalDate calibrationEnd() {
            return stored.calibrationEnd();
        }

        private double units(double weeks) {
            return weeks * 7 / stored.timeUnitDays();
        }

        private BgNbdParameters purchases() {
            return stored.fit().purchases();
        }

        @Override
        public double probabilityAlive(int repeatPurchases, double weeksToLast, double weeksObserved) {
            return purchases().probabilityAlive(repeatPurchases, units(weeksToLast), units(weeksObserved));
        }

        @Override
        public double expectedPurchases(
                int repeatPurchases, double weeksToLast, double weeksObserved, double horizonWeeks) {
            return purchases()
                    .expectedPurchases(repeatPurchases, units(weeksToLast), units(weeksObserved), units(horizonWeeks));
        }

        @Override
        public double expectedLifetimeValue(
                int repeatPurchases, double weeksToLast, double weeksObserved, double averageSpend) {
            GammaGammaParameters spend = stored.fit().spend();
            return LifetimeValue.forUnitOfDays(
                            settings.horizonMonths(), settings.monthlyDiscountRate(), stored.timeUnitDays())
                    .of(
                            purchases(),
                            spend,
                            repeatPurchases,
                            units(weeksToLast),
                            units(weeksObserved),
                            repeatPurchases > 0 ? averageSpend : 0);
        }
    }
}
