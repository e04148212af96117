package org.clientela.retention.internal.radar;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The radar on its schedule ({@code clientela.retention.radar.cron}, by default the 1st of each
 * month at 06:00 in the business's time zone). Every instance fires; {@link RetentionRadar} lets
 * only one of them run and the others skip it without a trace.
 */
@Component
class RadarSchedule {

    private final RetentionRadar radar;

    RadarSchedule(RetentionRadar radar) {
        this.radar = radar;
    }

    @Scheduled(cron = "${clientela.retention.radar.cron:0 0 6 1 * *}", zone = "${clientela.time-zone:Atlantic/Canary}")
    void monthly() {
        radar.runNow("SCHEDULED", "system");
    }
}
