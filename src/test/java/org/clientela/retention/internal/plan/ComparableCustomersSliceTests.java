package org.clientela.retention.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PeriodPurchases;
import org.clientela.retention.ComparableCustomers;
import org.clientela.retention.ComparableCustomers.Comparison;
import org.clientela.support.JdbcSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan's comparison offered to other modules: each treated customer is matched with customers
 * of their own segment who were neither treated nor excluded, each match measured over the treated
 * customer's own days; customers whose window is still open, or who are in no segment, are left
 * out; and no verdict is given before the groups are big enough.
 */
@JdbcSliceTest
@Import({JdbcComparableCustomers.class, ComparableCustomersSliceTests.Fakes.class})
class ComparableCustomersSliceTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    /** Purchases by customer: day and amount. */
    static final Map<Long, Map<LocalDate, BigDecimal>> BOUGHT = new HashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        PlanSettings planSettings() {
            return new PlanSettings(2, 2000, 60);
        }

        @Bean
        @SuppressWarnings("unchecked")
        CustomerPurchases purchases() {
            CustomerPurchases purchases = mock(CustomerPurchases.class);
            when(purchases.inPeriod(anyCollection(), any(), any())).thenAnswer(call -> {
                Collection<Long> ids = call.getArgument(0);
                LocalDate from = call.getArgument(1);
                LocalDate to = call.getArgument(2);
                Map<Long, PeriodPurchases> found = new HashMap<>();
                for (Long id : ids) {
                    BOUGHT.getOrDefault(id, Map.of()).forEach((day, amount) -> {
                        if (!day.isBefore(from) && !day.isAfter(to)) {
                            found.merge(
                                    id,
                                    new PeriodPurchases(1, amount),
                                    (a, b) -> new PeriodPurchases(
                                            a.orders() + 1, a.revenue().add(b.revenue())));
                        }
                    });
                }
                return found;
            });
            return purchases;
        }
    }

    @Autowired
    ComparableCustomers comparable;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void segments() {
        BOUGHT.clear();
        jdbc.sql("DELETE FROM retention_customer_segment").update();
        for (long id = 1; id <= 20; id++) {
            jdbc.sql("""
                            INSERT INTO retention_customer_segment (customer_id, r, f, m, segment, last_purchase, orders,
                                revenue, computed_at)
                            VALUES (:id, 3, 3, 3, :segment, DATE '2026-06-01', 3, 100, TIMESTAMP WITH TIME ZONE '2026-06-29 02:30:00+00')""")
                    .param("id", id)
                    .param("segment", id <= 10 ? "CHAMPIONS" : "LOST")
                    .update();
        }
    }

    @Test
    void eachMatchComesFromTheTreatedCustomersSegmentAndIsMeasuredOverTheirDays() {
        LocalDate champion = LocalDate.of(2026, 2, 1);
        LocalDate lost = LocalDate.of(2026, 3, 1);
        // Customer 1 bought the day after, inside the window; 11 bought the same day, which is before it.
        BOUGHT.put(1L, Map.of(champion.plusDays(1), new BigDecimal("30.00")));
        BOUGHT.put(11L, Map.of(lost, new BigDecimal("50.00")));
        // Every other customer bought once in February and once more in mid-April.
        for (long id = 2; id <= 20; id++) {
            if (id != 11) {
                BOUGHT.put(
                        id,
                        Map.of(
                                LocalDate.of(2026, 2, 20), new BigDecimal("10.00"),
                                LocalDate.of(2026, 4, 15), new BigDecimal("20.00")));
            }
        }
        Comparison result = comparable.compare(Map.of(1L, champion, 11L, lost, 99L, champion), Set.of(2L), 90);

        assertThat(result.treated().customers()).as("99 is in no segment").isEqualTo(2);
        assertThat(result.treated().returned()).isEqualTo(1);
        assertThat(result.treated().revenuePerCustomer()).isEqualByComparingTo("15.00");
        // Three champions but not 1 or 2 (from 2 Feb to 2 May: both purchases); three of the lost
        // but not 11 (from 2 March to 30 May: the April one).
        assertThat(result.compared().customers()).isEqualTo(6);
        assertThat(result.compared().returned()).isEqualTo(6);
        assertThat(result.compared().revenuePerCustomer()).isEqualByComparingTo("25.00");
        assertThat(result.compared().returnRate()).isCloseTo(1.0, within(1e-9));
        assertThat(result.enoughData()).isTrue();
        assertThat(result.rateDifference().high()).isLessThan(0.5);
        assertThat(result.revenueDifference()).isNotNull();
    }

    @Test
    void aWindowStillOpenIsNotMeasuredAndTooFewGiveNoVerdict() {
        Comparison open = comparable.compare(Map.of(1L, TODAY.minusDays(10)), Set.of(), 90);
        assertThat(open.reason()).isEqualTo("WINDOW_OPEN");
        assertThat(open.treated().customers()).isZero();
        assertThat(open.rateDifference()).isNull();

        Comparison few = comparable.compare(Map.of(1L, TODAY.minusDays(200)), Set.of(), 90);
        assertThat(few.treated().customers()).isEqualTo(1);
        assertThat(few.reason()).isEqualTo("TOO_FEW");
        assertThat(few.revenueDifference()).isNull();

        Comparison none = comparable.compare(Map.of(), Set.of(), 90);
        assertThat(none.reason()).isEqualTo("TOO_FEW");
    }

    @Test
    void excludedAndTreatedCustomersAreNeverCompared() {
        // All champions but 9 and 10 are treated or excluded: only those two can be matched.
        Comparison result = comparable.compare(
                Map.of(1L, LocalDate.of(2026, 1, 5), 3L, LocalDate.of(2026, 1, 6)), Set.of(2L, 4L, 5L, 6L, 7L, 8L), 30);
        assertThat(result.treated().customers()).isEqualTo(2);
        assertThat(result.compared().customers()).isEqualTo(2);
        assertThat(List.of(result.minGroup(), result.windowDays())).containsExactly(2, 30);
    }
}
