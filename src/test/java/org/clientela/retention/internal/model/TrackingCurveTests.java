package org.clientela.retention.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackingCurveTests {

    static final BgNbdParameters MODEL = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    /** A cohort bought first on days 0-83, with a few repeat days each, seen up to day 272. */
    record Cohort(CalibrationData data, long[] firsts, long[] repeats) {}

    static Cohort cohort(int customers, int calibrationEnd, int holdoutEnd, long seed) {
        Random random = new Random(seed);
        CalibrationData.Builder builder = CalibrationData.builder();
        long[] firsts = new long[calibrationEnd + 1];
        long[] repeats = new long[holdoutEnd + 1];
        for (int c = 0; c < customers; c++) {
            int first = random.nextInt(84);
            firsts[first]++;
            int x = 0;
            int last = first;
            int later = 0;
            for (int day = first + 1 + random.nextInt(60); day <= holdoutEnd; day += 1 + random.nextInt(90)) {
                repeats[day]++;
                if (day <= calibrationEnd) {
                    x++;
                    last = day;
                } else {
                    later++;
                }
            }
            builder.add(x, (last - first) / 7.0, (calibrationEnd - first) / 7.0, 0, later);
        }
        return new Cohort(builder.build(), firsts, repeats);
    }

    @Test
    void theHoldoutWeeksAddUpToTheCheckTotalAndTheCumulativeCurvesOnlyRise() {
        Cohort cohort = cohort(2_000, 272, 545, 3);

        List<TrackingCurve.Week> weeks =
                TrackingCurve.weekly(MODEL, cohort.data(), 7, cohort.firsts(), cohort.repeats(), 272, 545);

        assertThat(weeks).hasSize(78);
        assertThat(weeks.get(0).week()).isEqualTo(1);
        assertThat(weeks.get(77).week()).isEqualTo(78);
        HoldoutCheck.Result check = HoldoutCheck.compare(cohort.data(), MODEL, (545 - 272) / 7.0);
        double holdoutPredicted = weeks.subList(39, 78).stream()
                .mapToDouble(TrackingCurve.Week::predicted)
                .sum();
        double holdoutActual = weeks.subList(39, 78).stream()
                .mapToDouble(TrackingCurve.Week::actual)
                .sum();
        assertThat(holdoutPredicted).isCloseTo(check.predictedTotal(), within(1e-9 * check.predictedTotal()));
        assertThat(holdoutActual).isEqualTo(check.actualTotal());
        for (int w = 1; w < weeks.size(); w++) {
            assertThat(weeks.get(w).cumulativePredicted())
                    .isGreaterThanOrEqualTo(weeks.get(w - 1).cumulativePredicted());
            assertThat(weeks.get(w).cumulativeActual())
                    .isGreaterThanOrEqualTo(weeks.get(w - 1).cumulativeActual());
            assertThat(weeks.get(w).predicted()).isNotNegative();
        }
        TrackingCurve.Week last = weeks.get(77);
        assertThat(last.cumulativePredicted())
                .isCloseTo(
                        weeks.stream()
                                .mapToDouble(TrackingCurve.Week::predicted)
                                .sum(),
                        within(1e-6));
        assertThat(last.cumulativeActual())
                .isEqualTo(java.util.Arrays.stream(cohort.repeats()).sum());
    }

    @Test
    void theCalibrationWeeksCarryANewCustomersExpectationFromTheirFirstPurchase() {
        // Three customers: two first bought on day 0, one on day 10; calibration up to day 20.
        CalibrationData data = CalibrationData.builder()
                .add(0, 0, 20 / 7.0, 0)
                .add(0, 0, 20 / 7.0, 0)
                .add(0, 0, 10 / 7.0, 0)
                .build();
        long[] firsts = new long[21];
        firsts[0] = 2;
        firsts[10] = 1;
        long[] repeats = new long[36];
        repeats[30] = 1;

        List<TrackingCurve.Week> weeks = TrackingCurve.weekly(MODEL, data, 7, firsts, repeats, 20, 35);

        assertThat(weeks).hasSize(6);
        // Week 1: days 0-6, only the two customers of day 0, up to 6 days after their first purchase.
        assertThat(weeks.get(0).predicted()).isCloseTo(2 * MODEL.expectedPurchases(6 / 7.0), within(1e-12));
        // Week 2: days 7-13; the third customer from day 10 to 13.
        assertThat(weeks.get(1).predicted())
                .isCloseTo(
                        2 * (MODEL.expectedPurchases(13 / 7.0) - MODEL.expectedPurchases(6 / 7.0))
                                + MODEL.expectedPurchases(3 / 7.0),
                        within(1e-12));
        // Week 3 (days 14-20) ends with the calibration on day 20; week 5 holds day 30's purchase.
        assertThat(weeks.get(4).actual()).isEqualTo(1);
        assertThat(weeks.get(5).week()).isEqualTo(6);
        double holdout = weeks.subList(3, 6).stream()
                .mapToDouble(TrackingCurve.Week::predicted)
                .sum();
        assertThat(holdout)
                .isCloseTo(HoldoutCheck.compare(data, MODEL, 15 / 7.0).predictedTotal(), within(1e-9));
        assertThat(TrackingCurve.weekOf(20)).isEqualTo(3);
    }

    @Test
    void aHoldoutMustEndAfterTheCalibration() {
        CalibrationData data = CalibrationData.builder().add(0, 0, 1, 0).build();
        assertThatThrownBy(() -> TrackingCurve.weekly(MODEL, data, 7, new long[8], new long[8], 7, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
