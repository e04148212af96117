package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.clientela.orders.history.Rhythm;
import org.clientela.retention.SignalKind;

/**
 * AOV_DECLINE: the average order of the recent months is below the customer's own baseline
 * average (the months before) by more than {@code aovDeclineShare}. Both averages need enough
 * orders ({@code aovMinRecentOrders}, {@code aovMinBaselineOrders}): one small order is not a
 * trend, and a customer who stopped ordering altogether is OVERDUE, not declining.
 *
 * <p>Money at stake: the fall per order times the recent orders, for a year
 * ((baseline − recent average) × recent orders × 12 / recent months).
 */
final class AovDeclineRule {

    static final String MESSAGE = "retention.signal.aovDecline";

    private final RadarSettings settings;

    AovDeclineRule(RadarSettings settings) {
        this.settings = settings;
    }

    Optional<Finding> judge(Rhythm rhythm) {
        if (rhythm.recentOrders() < settings.aovMinRecentOrders()
                || rhythm.baselineOrders() < settings.aovMinBaselineOrders()) {
            return Optional.empty();
        }
        BigDecimal baseline =
                rhythm.baselineAmount().divide(BigDecimal.valueOf(rhythm.baselineOrders()), 2, RoundingMode.HALF_UP);
        BigDecimal recent =
                rhythm.recentAmount().divide(BigDecimal.valueOf(rhythm.recentOrders()), 2, RoundingMode.HALF_UP);
        if (baseline.signum() <= 0
                || recent.compareTo(baseline.multiply(BigDecimal.valueOf(1 - settings.aovDeclineShare()))) >= 0) {
            return Optional.empty();
        }
        long dropPercent = Math.round(100 * (1 - recent.doubleValue() / baseline.doubleValue()));
        BigDecimal atStake = baseline.subtract(recent)
                .multiply(BigDecimal.valueOf(rhythm.recentOrders()))
                .multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(settings.recentMonths()), 2, RoundingMode.HALF_UP);
        return Optional.of(new Finding(
                SignalKind.AOV_DECLINE,
                Finding.NO_CATEGORY,
                MESSAGE,
                List.of(
                        Finding.money(baseline),
                        Finding.money(recent),
                        Finding.number(settings.recentMonths()),
                        Finding.number(rhythm.recentOrders()),
                        Finding.number(dropPercent)),
                atStake));
    }
}
