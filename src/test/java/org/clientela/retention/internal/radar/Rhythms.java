package org.clientela.retention.internal.radar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.orders.history.CategoryRhythm;
import org.clientela.orders.history.Rhythm;

/** Purchase rhythms made up for the rules' tests. */
final class Rhythms {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

    private Rhythms() {}

    static RadarSettings defaults() {
        return new RadarSettings(
                "0 0 6 1 * *",
                3,
                3,
                12,
                0.3,
                2,
                3,
                2.0,
                3,
                4,
                3.0,
                2,
                0.3,
                java.time.Duration.ofHours(2),
                90,
                10,
                null);
    }

    /** A customer who ordered on days {@code lastDay - sum(gaps)} … {@code lastDay}, separated by {@code gaps}. */
    static Rhythm withGaps(LocalDate lastDay, int... gaps) {
        List<Integer> list = new ArrayList<>();
        long span = 0;
        for (int gap : gaps) {
            list.add(gap);
            span += gap;
        }
        return new Rhythm(
                1,
                gaps.length + 1,
                lastDay.minusDays(span),
                lastDay,
                list,
                0,
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                new BigDecimal("1200.00"),
                List.of());
    }

    static Rhythm withOrders(int recentOrders, String recentAmount, int baselineOrders, String baselineAmount) {
        return new Rhythm(
                1,
                recentOrders + baselineOrders,
                TODAY.minusDays(400),
                TODAY.minusDays(5),
                List.of(14, 14, 14),
                recentOrders,
                new BigDecimal(recentAmount),
                baselineOrders,
                new BigDecimal(baselineAmount),
                new BigDecimal("3000.00"),
                List.of());
    }

    static Rhythm withCategory(CategoryRhythm category) {
        return new Rhythm(
                1,
                30,
                TODAY.minusDays(400),
                TODAY.minusDays(3),
                List.of(14, 14, 14),
                6,
                new BigDecimal("600"),
                24,
                new BigDecimal("2400"),
                new BigDecimal("2400"),
                List.of(category));
    }
}
