package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WeekHoursTests {

    @Test
    void eachDayHasItsOwnHoursAndTheTextGroupsEqualNeighbours() {
        WeekHours hours = WeekHours.parse("MON-FRI 09:00-18:00; SAT 10:00-14:00");
        assertThat(hours.on(DayOfWeek.FRIDAY)).contains(new WeekHours.Span(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThat(hours.on(DayOfWeek.SATURDAY)).contains(new WeekHours.Span(LocalTime.of(10, 0), LocalTime.of(14, 0)));
        assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.text()).isEqualTo("MON-FRI 09:00-18:00; SAT 10:00-14:00");
        assertThat(WeekHours.parse("TUE,SAT 10:00-14:00").text()).isEqualTo("TUE 10:00-14:00; SAT 10:00-14:00");
        assertThat(WeekHours.parse("mon 08:30-14:00;TUE 08:30-14:00; WED 16:00-20:00")
                        .text())
                .isEqualTo("MON-TUE 08:30-14:00; WED 16:00-20:00");
        assertThat(WeekHours.parse("MON-SUN 09:00-21:00").openDays()).hasSize(7);
    }

    @Test
    void refusesWhatIsNotOpeningHours() {
        assertThatThrownBy(() -> WeekHours.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeekHours.parse("MON-FRI")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeekHours.parse("MON-FRI 18:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeekHours.parse("XYZ 09:00-18:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeekHours.parse("MON 9h-18h")).isInstanceOf(IllegalArgumentException.class);
    }
}
