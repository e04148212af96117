package org.clientela.retention.internal.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientela.orders.history.Rhythm;
import org.clientela.retention.SignalKind;
import org.clientela.retention.internal.fits.CustomerBaseModel;

/**
 * LOW_ACTIVITY_PROBABILITY: the customer-base model (BG/NBD) gives a probability of still being
 * active under {@code lowActivityThreshold}. The model reads the customer as x = order days − 1
 * (repeat purchases), t_x = weeks from the first to the last order day, T = weeks from the first
 * order day to the day judged.
 *
 * <p>Money at stake: what the customer spent in the year up to their last order.
 */
final class LowActivityRule {

    static final String MESSAGE = "retention.signal.lowActivity";
    private static final double DAYS_PER_WEEK = 7.0;

    private final RadarSettings settings;

    LowActivityRule(RadarSettings settings) {
        this.settings = settings;
    }

    Optional<Finding> judge(Rhythm rhythm, LocalDate asOf, CustomerBaseModel.Fit fit) {
        int x = rhythm.orderDays() - 1;
        double tx = (rhythm.lastDay().toEpochDay() - rhythm.firstDay().toEpochDay()) / DAYS_PER_WEEK;
        double t = (asOf.toEpochDay() - rhythm.firstDay().toEpochDay()) / DAYS_PER_WEEK;
        double alive = fit.probabilityAlive(x, tx, t);
        if (Double.isNaN(alive) || alive >= settings.lowActivityThreshold()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                SignalKind.LOW_ACTIVITY_PROBABILITY,
                Finding.NO_CATEGORY,
                MESSAGE,
                List.of(
                        Finding.number(Math.round(alive * 100)),
                        Finding.number(rhythm.orderDays()),
                        Finding.number(rhythm.daysSinceLast(asOf))),
                rhythm.yearAmount()));
    }
}
