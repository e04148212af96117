package org.clientela.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.clientela.platform.SettingsStore;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.clientela.support.ApplicationTest;
import org.clientela.support.SettingsResets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The radar thresholds and the margins of the settings page are the ones the radar and the reports use. */
@ApplicationTest
class RetentionSettingsWiringTests {

    @Autowired
    SettingsStore store;

    @Autowired
    RetentionRadar radar;

    @Autowired
    ConcentrationReport concentration;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        SettingsResets.reset(jdbc);
    }

    @Test
    void theRadarJudgesWithTheThresholdsOfTheSettingsPage() {
        assertThat(radar.thresholds().minOrderDays()).isEqualTo(3);
        assertThat(radar.thresholds().aovDeclineShare()).isEqualTo(0.3);

        store.update(
                store.view().version(),
                Map.of(
                        "retention.radar.min-order-days",
                        "5",
                        "retention.radar.recent-months",
                        "4",
                        "retention.radar.aov-decline-share",
                        "0.45",
                        "retention.radar.overdue-median-factor",
                        "2.5",
                        "retention.radar.dropped-min-months",
                        "6",
                        "retention.radar.dropped-gap-factor",
                        "4",
                        "retention.radar.low-activity-threshold",
                        "0.2",
                        "retention.radar.calls-per-owner",
                        "25"));

        var thresholds = radar.thresholds();
        assertThat(thresholds.minOrderDays()).isEqualTo(5);
        assertThat(thresholds.recentMonths()).isEqualTo(4);
        assertThat(thresholds.aovDeclineShare()).isEqualTo(0.45);
        assertThat(thresholds.overdueMedianFactor()).isEqualTo(2.5);
        assertThat(thresholds.droppedMinMonths()).isEqualTo(6);
        assertThat(thresholds.droppedGapFactor()).isEqualTo(4.0);
        assertThat(thresholds.lowActivityThreshold()).isEqualTo(0.2);
        assertThat(thresholds.callsPerOwner()).isEqualTo(25);
        // What the settings page does not show stays as application.properties has it.
        assertThat(thresholds.baselineMonths()).isEqualTo(12);
        assertThat(thresholds.horizonDays()).isEqualTo(90);
    }

    @Test
    void theConcentrationReportUsesTheMarginAndTheWarningOfTheSettingsPage() {
        LocalDate to = LocalDate.of(2026, 12, 1);
        var before = concentration.between(to.minusYears(1), to);
        assertThat(before.grossMargin()).isEqualTo(0.3);
        assertThat(before.alertShare()).isEqualTo(0.2);

        store.update(
                store.view().version(),
                Map.of(
                        "retention.gross-margin",
                        "0.45",
                        "retention.concentration.alert-share",
                        "0.1",
                        "business.currency",
                        "USD"));

        var after = concentration.between(to.minusYears(1), to);
        assertThat(after.grossMargin()).isEqualTo(0.45);
        assertThat(after.alertShare()).isEqualTo(0.1);
        assertThat(after.currency()).isEqualTo("USD");
    }
}
