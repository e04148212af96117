package org.clientela.retention.internal;

import java.util.List;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.SettingDefinition;
import org.clientela.platform.SettingGroup;
import org.clientela.retention.internal.losses.LossSettings;
import org.clientela.retention.internal.radar.RadarSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The radar thresholds a shop owner understands and the business's margins, on the admin settings
 * page; {@code clientela.retention.*} gives the defaults. {@link #radar} reads the thresholds in use.
 */
@Configuration
public class RetentionSettingGroups {

    static final String MIN_ORDER_DAYS = "retention.radar.min-order-days";
    static final String RECENT_MONTHS = "retention.radar.recent-months";
    static final String AOV_DECLINE_SHARE = "retention.radar.aov-decline-share";
    static final String OVERDUE_MEDIAN_FACTOR = "retention.radar.overdue-median-factor";
    static final String DROPPED_MIN_MONTHS = "retention.radar.dropped-min-months";
    static final String DROPPED_GAP_FACTOR = "retention.radar.dropped-gap-factor";
    static final String LOW_ACTIVITY_THRESHOLD = "retention.radar.low-activity-threshold";
    public static final String CALLS_PER_OWNER = "retention.radar.calls-per-owner";
    public static final String GROSS_MARGIN = "retention.gross-margin";
    public static final String CONCENTRATION_ALERT_SHARE = "retention.concentration.alert-share";

    @Bean
    SettingGroup radarSettingGroup(RadarSettings radar) {
        return SettingDefinition.group(
                "radar",
                40,
                List.of(
                        SettingDefinition.whole(MIN_ORDER_DAYS, radar.minOrderDays(), 2, 50),
                        SettingDefinition.whole(RECENT_MONTHS, radar.recentMonths(), 1, 12),
                        SettingDefinition.share(AOV_DECLINE_SHARE, radar.aovDeclineShare(), 0.05, 0.95),
                        SettingDefinition.decimal(OVERDUE_MEDIAN_FACTOR, radar.overdueMedianFactor(), 1, 10),
                        SettingDefinition.whole(DROPPED_MIN_MONTHS, radar.droppedMinMonths(), 2, 12),
                        SettingDefinition.decimal(DROPPED_GAP_FACTOR, radar.droppedGapFactor(), 1, 10),
                        SettingDefinition.share(LOW_ACTIVITY_THRESHOLD, radar.lowActivityThreshold(), 0.01, 0.99),
                        SettingDefinition.whole(CALLS_PER_OWNER, radar.callsPerOwner(), 1, 500)));
    }

    @Bean
    SettingGroup marginSettingGroup(LossSettings losses) {
        return SettingDefinition.group(
                "margins",
                50,
                List.of(
                        SettingDefinition.share(
                                GROSS_MARGIN, losses.concentration().grossMargin(), 0, 1),
                        SettingDefinition.share(
                                CONCENTRATION_ALERT_SHARE,
                                losses.concentration().alertShare(),
                                0.01,
                                1)));
    }

    /** The radar's thresholds in use: the settings page's where it has them, the properties' for the rest. */
    public static RadarSettings radar(RadarSettings properties, BusinessSettings settings) {
        return new RadarSettings(
                properties.cron(),
                settings.whole(MIN_ORDER_DAYS),
                settings.whole(RECENT_MONTHS),
                properties.baselineMonths(),
                settings.decimal(AOV_DECLINE_SHARE),
                properties.aovMinRecentOrders(),
                properties.aovMinBaselineOrders(),
                settings.decimal(OVERDUE_MEDIAN_FACTOR),
                properties.overdueMinIntervals(),
                settings.whole(DROPPED_MIN_MONTHS),
                settings.decimal(DROPPED_GAP_FACTOR),
                properties.droppedMinOrdersSince(),
                settings.decimal(LOW_ACTIVITY_THRESHOLD),
                properties.maxRunTime(),
                properties.horizonDays(),
                settings.whole(CALLS_PER_OWNER),
                properties.defaultOwner());
    }
}
