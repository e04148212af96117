package org.clientela.retention.internal.fits;

import java.time.LocalDate;
import java.util.List;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.internal.radar.CustomerSignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer seen through the newest model, as of the model's calibration end: the purchase
 * history up to that day, the probability of still being a customer, the purchases expected in
 * the next weeks and the lifetime value, with the radar's active signals.
 */
@Service
public class CustomerScores {

    private final CustomerDirectory customers;
    private final CustomerPurchases summaries;
    private final CustomerBaseModel model;
    private final CustomerSignals signals;

    CustomerScores(
            CustomerDirectory customers,
            CustomerPurchases summaries,
            CustomerBaseModel model,
            CustomerSignals signals) {
        this.customers = customers;
        this.summaries = summaries;
        this.model = model;
        this.signals = signals;
    }

    /**
     * A customer's figures.
     *
     * @param scored                whether the customer had bought by the calibration end (if not,
     *                              the model says nothing and the figures are null)
     * @param repeatPurchases       purchase days after the first, up to the calibration end
     * @param weeksSinceLast        weeks from the last purchase to the calibration end
     * @param expectedPurchases     purchases expected in the next {@code horizonWeeks} weeks
     * @param expectedLifetimeValue discounted value of the purchases expected over the configured horizon
     */
    public record CustomerScore(
            long customerId,
            long fitId,
            LocalDate calibrationEnd,
            boolean scored,
            Integer repeatPurchases,
            Double weeksSinceLast,
            Double probabilityAlive,
            int horizonWeeks,
            Double expectedPurchases,
            Double expectedLifetimeValue,
            List<?> signals) {}

    @Transactional(readOnly = true)
    public CustomerScore score(long customerId, int horizonWeeks) {
        customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        CustomerBaseModel.Fit fit =
                model.latest().orElseThrow(() -> new NotFoundException("retention model", "latest"));
        long fitId = fit instanceof LatestCustomerBaseModel.Scorer scorer
                ? scorer.stored().id()
                : 0;
        List<?> active = signals.activeFor(customerId);
        LocalDate end = fit.calibrationEnd();
        return summaries
                .summary(customerId, end)
                .map(s -> {
                    int x = s.repeatPurchases();
                    double tx = weeks(s.firstPurchase(), s.lastPurchase());
                    double T = weeks(s.firstPurchase(), end);
                    double meanSpend = x > 0 ? s.repeatSpend().doubleValue() / x : 0;
                    return new CustomerScore(
                            customerId,
                            fitId,
                            end,
                            true,
                            x,
                            T - tx,
                            fit.probabilityAlive(x, tx, T),
                            horizonWeeks,
                            fit.expectedPurchases(x, tx, T, horizonWeeks),
                            fit.expectedLifetimeValue(x, tx, T, meanSpend),
                            active);
                })
                .orElseGet(() -> new CustomerScore(
                        customerId, fitId, end, false, null, null, null, horizonWeeks, null, null, active));
    }

    private static double weeks(LocalDate from, LocalDate to) {
        return (to.toEpochDay() - from.toEpochDay()) / 7.0;
    }
}
