package org.clientela.satisfaction.internal.loyalty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the loyalty club ({@code clientela.satisfaction.loyalty.*}).
 *
 * @param cron            when the nightly run recomputes every program's tiers (Spring cron, business time zone)
 * @param invitationDays  how many days an e-mailed join link stays valid
 * @param batchSize       values written per batch by a recomputation
 * @param comparisonDays  the window, in days, over which members are compared with comparable non-members
 * @param comparisonPerSegment how many non-members of each segment the comparison samples at most
 */
@ConfigurationProperties("clientela.satisfaction.loyalty")
public record LoyaltySettings(
        @DefaultValue("0 0 3 * * *") String cron,
        @DefaultValue("30") int invitationDays,
        @DefaultValue("10000") int batchSize,
        @DefaultValue("90") int comparisonDays,
        @DefaultValue("2000") int comparisonPerSegment) {}
