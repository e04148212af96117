package org.clientela.retention.internal.losses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.clientela.platform.BusinessSettings;
import org.clientela.retention.LossReason;
import org.clientela.support.JdbcSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The loss register summed up by its grouped query: standing losses only, by reason and by month. */
@JdbcSliceTest
@Import({LossStatistics.class, LossStatisticsSliceTests.Euros.class})
class LossStatisticsSliceTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Euros {
        @Bean
        BusinessSettings businessSettings() {
            return key -> BusinessSettings.CURRENCY.equals(key) ? "EUR" : "Atlantic/Canary";
        }
    }

    @Autowired
    LossStatistics statistics;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void register() {
        loss("A", LossReason.COMPETITOR, LocalDate.of(2025, 3, 5), "100.00", "500.00", null);
        loss("B", LossReason.CLOSED, LocalDate.of(2025, 4, 20), "50.00", null, null);
        loss("C", LossReason.COMPETITOR, LocalDate.of(2025, 4, 1), "70.00", "90.00", LocalDate.of(2025, 5, 1));
        loss("D", LossReason.MOVED, LocalDate.of(2025, 2, 28), "10.00", null, null);
        loss("E", LossReason.MOVED, LocalDate.of(2025, 5, 1), "10.00", null, null);
    }

    void loss(
            String name,
            LossReason reason,
            LocalDate lostOn,
            String revenue,
            String lifetimeValue,
            LocalDate wonBackOn) {
        Timestamp now = Timestamp.from(Instant.parse("2025-06-01T00:00:00Z"));
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, created_at, updated_at)
                VALUES (:name, 'COMPANY', :name, 'LOST', :name, :now, :now)""").param("name", name).param("now", now).update();
        long customer = jdbc.sql("SELECT id FROM customer WHERE customer_number = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO retention_loss (customer_id, open_customer_id, reason, lost_on, lost_revenue,
                                            lost_lifetime_value, currency, recorded_by, recorded_at, won_back_on)
                VALUES (:customer, :open, :reason, :lostOn, :revenue, :ltv, 'EUR', 'ana', :now, :wonBack)""")
                .param("customer", customer)
                .param("open", wonBackOn == null ? customer : null)
                .param("reason", reason.name())
                .param("lostOn", lostOn)
                .param("revenue", new BigDecimal(revenue))
                .param("ltv", lifetimeValue == null ? null : new BigDecimal(lifetimeValue))
                .param("now", now)
                .param("wonBack", wonBackOn)
                .update();
    }

    @Test
    void countsStandingLossesInThePeriodAndThoseWonBackApart() {
        LossFigures f = statistics.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1));
        assertThat(f.count()).isEqualTo(2);
        assertThat(f.avoidable()).isEqualTo(1);
        assertThat(f.unavoidable()).isEqualTo(1);
        assertThat(f.wonBack()).isEqualTo(1);
        assertThat(f.lostRevenue()).isEqualByComparingTo("150.00");
        assertThat(f.lostLifetimeValue()).isEqualByComparingTo("500.00");
        assertThat(f.withoutLifetimeValue()).isEqualTo(1);
        assertThat(f.currency()).isEqualTo("EUR");
    }

    @Test
    void everyReasonAndEveryMonthOfThePeriodHasItsLineEvenWhenEmpty() {
        LossFigures f = statistics.lastMonths(2, LocalDate.of(2025, 4, 30));
        assertThat(f.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(f.byReason()).hasSize(LossReason.values().length);
        assertThat(f.byReason().get(LossReason.COMPETITOR).count()).isEqualTo(1);
        assertThat(f.byReason().get(LossReason.CLOSED).lostRevenue()).isEqualByComparingTo("50.00");
        assertThat(f.byReason().get(LossReason.MOVED).count()).isZero();
        assertThat(f.byMonth())
                .extracting(LossFigures.MonthTally::month)
                .containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
        assertThat(f.byMonth()).extracting(LossFigures.MonthTally::count).containsExactly(1L, 1L);
    }
}
