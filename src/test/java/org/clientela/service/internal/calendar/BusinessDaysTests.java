package org.clientela.service.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessDaysTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    @Test
    void twoWorkingDaysAfterFridayIsTuesday() {
        BusinessDays days = new BusinessDays(Set.of(), MADRID);
        assertThat(days.plus(at("2026-11-27T10:00"), 2)).isEqualTo(at("2026-12-01T10:00"));
    }

    @Test
    void skipsHolidays() {
        BusinessDays days = new BusinessDays(Set.of(LocalDate.parse("2026-12-08")), MADRID);
        // Monday 7th + 1 working day: Tuesday 8th is a holiday, so Wednesday 9th.
        assertThat(days.plus(at("2026-12-07T09:30"), 1)).isEqualTo(at("2026-12-09T09:30"));
        assertThat(days.isWorkingDay(LocalDate.parse("2026-12-08"))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-12-12"))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.parse("2026-12-09"))).isTrue();
    }

    @Test
    void keepsTheTimeOfDayAcrossADaylightSavingChange() {
        BusinessDays days = new BusinessDays(Set.of(), MADRID);
        // Clocks go back on Sunday 25 October 2026.
        assertThat(days.plus(at("2026-10-23T10:00"), 1)).isEqualTo(at("2026-10-26T10:00"));
    }

    @Test
    void theNextUpdateFallsWithinOpeningHours() {
        BusinessHours open = BusinessHours.parse("MON-FRI 09:00-18:00", Set.of(LocalDate.parse("2026-12-08")), MADRID);
        BusinessDays days = new BusinessDays(Set.of(LocalDate.parse("2026-12-08")), MADRID, open);
        // Opened Tuesday 1 December at 20:13: two working days later at 20:13 nobody is there; Friday at opening.
        assertThat(days.nextUpdate(at("2026-12-01T20:13"), 2)).isEqualTo(at("2026-12-04T09:00"));
        // Early in the morning: that same day at opening.
        assertThat(days.nextUpdate(at("2026-12-01T07:30"), 2)).isEqualTo(at("2026-12-03T09:00"));
        // Within opening hours: the same time of day, as before.
        assertThat(days.nextUpdate(at("2026-12-01T11:45"), 2)).isEqualTo(at("2026-12-03T11:45"));
        // Thursday evening: two working days on is Monday 7th at 19:00, closed; Tuesday 8th a holiday; Wednesday.
        assertThat(days.nextUpdate(at("2026-12-03T19:00"), 2)).isEqualTo(at("2026-12-09T09:00"));
        // Without opening hours the calendar keeps the time of day.
        assertThat(new BusinessDays(Set.of(), MADRID).nextUpdate(at("2026-12-01T20:13"), 2))
                .isEqualTo(at("2026-12-03T20:13"));
    }
}
