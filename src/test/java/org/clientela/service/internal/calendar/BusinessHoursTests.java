package org.clientela.service.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Response-time targets counted in opening hours, holidays and clock changes included. */
class BusinessHoursTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private final BusinessHours hours =
            BusinessHours.parse("MON-FRI 09:00-18:00", Set.of(LocalDate.of(2026, 12, 8)), MADRID);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }

    @Test
    void hoursLeftAtClosingCarryOverTheWeekend() {
        // Friday 16:00 + 8 h: 2 h on Friday, 6 h on Monday from 09:00.
        assertThat(hours.plus(at("2026-11-20T16:00"), Duration.ofHours(8))).isEqualTo(at("2026-11-23T15:00"));
    }

    @Test
    void aCaseOpenedAtNightStartsCountingAtOpening() {
        assertThat(hours.plus(at("2026-11-24T22:30"), Duration.ofHours(4))).isEqualTo(at("2026-11-25T13:00"));
        assertThat(hours.plus(at("2026-11-22T10:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-23T09:30"));
    }

    @Test
    void holidaysAreClosedAllDay() {
        // Monday 7 Dec 17:00 + 2 h: 1 h Monday, Tuesday 8 Dec is a holiday, 1 h on Wednesday.
        assertThat(hours.plus(at("2026-12-07T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-12-09T10:00"));
    }

    @Test
    void clockChangesDoNotMoveOpeningTimes() {
        // Clocks go back on Sunday 25 Oct 2026 in Madrid; Friday 17:00 + 3 h is Monday 11:00 local time.
        assertThat(hours.plus(at("2026-10-23T17:00"), Duration.ofHours(3))).isEqualTo(at("2026-10-26T11:00"));
        // Clocks go forward on Sunday 29 Mar 2026.
        assertThat(hours.plus(at("2026-03-27T17:30"), Duration.ofHours(1))).isEqualTo(at("2026-03-30T09:30"));
        assertThat(hours.between(at("2026-03-27T17:30"), at("2026-03-30T09:30")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void betweenCountsOnlyOpeningTimeAndIsTheInverseOfPlus() {
        Instant from = at("2026-11-19T11:15");
        for (int h = 0; h <= 60; h += 7) {
            Instant due = hours.plus(from, Duration.ofHours(h));
            assertThat(hours.between(from, due)).as("%d hours", h).isEqualTo(Duration.ofHours(h));
        }
        assertThat(hours.between(at("2026-11-21T10:00"), at("2026-11-22T17:00")))
                .isZero();
        assertThat(hours.between(at("2026-11-23T12:00"), at("2026-11-23T10:00")))
                .isZero();
    }

    @Test
    void readsDayListsAndRefusesNonsense() {
        BusinessHours saturdays = BusinessHours.parse("TUE,SAT 10:00-14:00", Set.of(), MADRID);
        assertThat(saturdays.plus(at("2026-11-23T12:00"), Duration.ofHours(5))).isEqualTo(at("2026-11-28T11:00"));
        assertThatThrownBy(() -> BusinessHours.parse("MON-FRI", Set.of(), MADRID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessHours.parse("MON-FRI 18:00-09:00", Set.of(), MADRID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessHours.parse("XYZ 09:00-18:00", Set.of(), MADRID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextOpenIsNowWhileOpenElseTheNextOpening() {
        assertThat(hours.nextOpen(at("2026-11-24T10:15"))).isEqualTo(at("2026-11-24T10:15"));
        assertThat(hours.nextOpen(at("2026-11-24T20:13"))).isEqualTo(at("2026-11-25T09:00"));
        assertThat(hours.nextOpen(at("2026-11-24T18:00"))).isEqualTo(at("2026-11-25T09:00"));
        assertThat(hours.nextOpen(at("2026-11-24T06:00"))).isEqualTo(at("2026-11-24T09:00"));
        // Friday night: Monday; Monday 7 December at night: the 8th is a holiday, so Wednesday.
        assertThat(hours.nextOpen(at("2026-11-27T21:00"))).isEqualTo(at("2026-11-30T09:00"));
        assertThat(hours.nextOpen(at("2026-12-07T19:00"))).isEqualTo(at("2026-12-09T09:00"));
    }
}
