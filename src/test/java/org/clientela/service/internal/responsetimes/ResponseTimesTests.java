package org.clientela.service.internal.responsetimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.clientela.platform.BusinessSettings;
import org.clientela.service.internal.ServiceSettingGroups;
import org.junit.jupiter.api.Test;

/** Where a response-time clock stands, and the warning when a quarter of its time or less is left. */
class ResponseTimesTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }

    private static ResponseTimes at(Instant now) {
        return new ResponseTimes(
                null,
                new ResponseTimeSettings("MON-FRI 09:00-18:00", List.of(), 0.25),
                BusinessSettings.of(Map.of(
                        BusinessSettings.TIME_ZONE,
                        MADRID.getId(),
                        BusinessSettings.CURRENCY,
                        "EUR",
                        ServiceSettingGroups.OPENING_HOURS,
                        "MON-FRI 09:00-18:00",
                        ServiceSettingGroups.HOLIDAYS,
                        "")),
                Clock.fixed(now, MADRID),
                null);
    }

    @Test
    void aClockRunsThenWarnsInItsLastQuarterThenIsBreached() {
        Instant opened = at("2026-11-20T16:00"); // Friday; 8 business hours → Monday 15:00
        var running = at(at("2026-11-23T10:00")).clockOf(opened, 8, null);
        assertThat(running.due()).isEqualTo(at("2026-11-23T15:00"));
        assertThat(running.state()).isEqualTo(ResponseTimes.State.RUNNING);
        assertThat(running.hoursLeft()).isEqualTo(5.0);

        var near = at(at("2026-11-23T13:00")).clockOf(opened, 8, null);
        assertThat(near.state()).isEqualTo(ResponseTimes.State.NEAR);
        assertThat(near.hoursLeft()).isEqualTo(2.0);

        var breached = at(at("2026-11-24T10:30")).clockOf(opened, 8, null);
        assertThat(breached.state()).isEqualTo(ResponseTimes.State.BREACHED);
        assertThat(breached.hoursLeft()).isEqualTo(-4.5);
    }

    @Test
    void aWeekendDoesNotEatTheTarget() {
        // Saturday noon, nothing counted since Friday 18:00: all 8 hours minus Friday's 2 are still there.
        var weekend = at(at("2026-11-21T12:00")).clockOf(at("2026-11-20T16:00"), 8, null);
        assertThat(weekend.state()).isEqualTo(ResponseTimes.State.RUNNING);
        assertThat(weekend.hoursLeft()).isEqualTo(6.0);
    }

    @Test
    void aDoneClockIsMetOrMissed() {
        Instant opened = at("2026-11-20T16:00");
        ResponseTimes times = at(at("2026-12-01T10:00"));
        assertThat(times.clockOf(opened, 8, at("2026-11-23T14:59")).state()).isEqualTo(ResponseTimes.State.MET);
        assertThat(times.clockOf(opened, 8, at("2026-11-23T15:01")).state()).isEqualTo(ResponseTimes.State.MISSED);
    }
}
