package org.clientela.retention.internal.radar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The radar's thresholds, under {@code clientela.retention.radar.*}. Every rule compares a customer
 * with their own past, so these are shares and factors, not amounts or days.
 *
 * @param cron                   when the scheduled run starts, in the business's time zone (default: the 1st
 *                               of each month at 06:00, the "monthly review"); {@code -} turns it off
 * @param minOrderDays           customers who bought on fewer days are "too little history to judge": no
 *                               rule fires for them, they are counted instead. Two purchases give one
 *                               interval, which says nothing about a habit; three give two
 * @param recentMonths           the "last months" compared with the baseline
 * @param baselineMonths         the months before those, the customer's own normal
 * @param aovDeclineShare        average order value must fall by more than this share (0.3 = 30 %)
 * @param aovMinRecentOrders     orders needed in the recent months to judge the average order value
 * @param aovMinBaselineOrders   orders needed in the baseline months
 * @param overdueMedianFactor    overdue when the time since the last order passes this many usual intervals
 *                               (median), and also the customer's own 90th percentile
 * @param overdueMinIntervals    intervals needed to know a customer's rhythm
 * @param droppedMinMonths       a category is "regular" when bought in at least this many baseline months
 * @param droppedGapFactor       and stopped when not bought for this many of its usual gaps
 * @param droppedMinOrdersSince  while the customer kept ordering at least this many days since (else it is
 *                               the customer who stopped, which OVERDUE tells)
 * @param lowActivityThreshold   probability of still being active under which LOW_ACTIVITY_PROBABILITY fires
 * @param maxRunTime             a run that takes longer releases its one-instance lease
 * @param horizonDays            the coming period the risk score speaks of ("will not buy in the next 90 days");
 *                               the backtest that chooses the ranking looks as far back
 * @param callsPerOwner          each run asks each owner to call at most this many customers, the most
 *                               money at risk first (a list a person can work through in a few days)
 * @param defaultOwner           who calls the customers whose owner is not a user (or who have none);
 *                               unset (or not a user) = the first enabled admin
 */
@ConfigurationProperties("clientela.retention.radar")
public record RadarSettings(
        @DefaultValue("0 0 6 1 * *") String cron,
        @DefaultValue("3") int minOrderDays,
        @DefaultValue("3") int recentMonths,
        @DefaultValue("12") int baselineMonths,
        @DefaultValue("0.3") double aovDeclineShare,
        @DefaultValue("2") int aovMinRecentOrders,
        @DefaultValue("3") int aovMinBaselineOrders,
        @DefaultValue("2.0") double overdueMedianFactor,
        @DefaultValue("3") int overdueMinIntervals,
        @DefaultValue("4") int droppedMinMonths,
        @DefaultValue("3.0") double droppedGapFactor,
        @DefaultValue("2") int droppedMinOrdersSince,
        @DefaultValue("0.3") double lowActivityThreshold,
        @DefaultValue("PT2H") Duration maxRunTime,
        @DefaultValue("90") int horizonDays,
        @DefaultValue("10") int callsPerOwner,
        String defaultOwner) {}
