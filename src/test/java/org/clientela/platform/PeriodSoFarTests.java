package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stretches the home page compares, and which way a figure moved. */
class PeriodSoFarTests {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void thisMonthSoFarAgainstTheSameDaysOfLastMonth() {
        assertThat(PeriodSoFar.monthOf(day("2026-03-18")))
                .isEqualTo(new PeriodSoFar(day("2026-03-01"), day("2026-03-19"), day("2026-02-01"), day("2026-02-19")));
        // The 31st against a February of 28 days: the whole of February, not a day of March.
        assertThat(PeriodSoFar.monthOf(day("2026-03-31")))
                .isEqualTo(new PeriodSoFar(day("2026-03-01"), day("2026-04-01"), day("2026-02-01"), day("2026-03-01")));
        // January against December of the year before.
        assertThat(PeriodSoFar.monthOf(day("2026-01-01")))
                .isEqualTo(new PeriodSoFar(day("2026-01-01"), day("2026-01-02"), day("2025-12-01"), day("2025-12-02")));
    }

    @Test
    void thisMonthSoFarAgainstTheSameDaysAYearAgo() {
        PeriodSoFar leap = PeriodSoFar.monthAYearAgo(day("2028-02-29"));
        assertThat(leap)
                .isEqualTo(new PeriodSoFar(day("2028-02-01"), day("2028-03-01"), day("2027-02-01"), day("2027-03-01")));
        assertThat(leap.lastDay()).isEqualTo(day("2028-02-29"));
        assertThat(leap.previousLastDay()).isEqualTo(day("2027-02-28"));
    }

    @Test
    void thisWeekSoFarFromMonday() {
        assertThat(PeriodSoFar.weekOf(day("2026-03-18")))
                .isEqualTo(new PeriodSoFar(day("2026-03-16"), day("2026-03-19"), day("2026-03-09"), day("2026-03-12")));
        assertThat(PeriodSoFar.weekOf(day("2026-03-22")))
                .isEqualTo(new PeriodSoFar(day("2026-03-16"), day("2026-03-23"), day("2026-03-09"), day("2026-03-16")));
    }

    @Test
    void aTrendIsGoodOrBadNewsByWhatTheFigureMeans() {
        assertThat(Trend.of(5, 3, true).direction()).isEqualTo(Trend.Direction.UP);
        assertThat(Trend.of(5, 3, true).tone()).isEqualTo("success");
        assertThat(Trend.of(5, 3, false).tone()).isEqualTo("danger");
        assertThat(Trend.of(new BigDecimal("2.0"), new BigDecimal("2.00"), false)
                        .direction())
                .isEqualTo(Trend.Direction.SAME);
        assertThat(Trend.of(1, 3, false).tone()).isEqualTo("success");
        assertThat(Trend.of(null, 3, true).direction()).isEqualTo(Trend.Direction.NONE);
        assertThat(Trend.of(2, null, true).tone()).isEqualTo("secondary");
    }
}
