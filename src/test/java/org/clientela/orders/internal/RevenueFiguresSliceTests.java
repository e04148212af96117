package org.clientela.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.clientela.orders.figures.CustomerRevenue;
import org.clientela.orders.figures.FirstYearBuying;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.ReturningBuyers;
import org.clientela.orders.figures.Spread;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.support.JdbcSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The revenue figures' SQL on its own: periods from inclusive to exclusive, one currency, who came back. */
@JdbcSliceTest
@Import({
    JdbcPurchaseFigures.class,
    JdbcCustomerPurchases.class,
    CategoryBuyers.class,
    RhythmReader.class,
    RepeatPurchaseReader.class
})
class RevenueFiguresSliceTests {

    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

    @Autowired
    PurchaseFigures figures;

    @Autowired
    CustomerPurchases purchases;

    @Autowired
    JdbcClient jdbc;

    long ana;
    long ben;
    long cai;
    int orders;

    @BeforeEach
    void book() {
        ana = customer("Ana");
        ben = customer("Ben");
        cai = customer("Cai");
        order(ana, LocalDate.of(2025, 1, 10), "EUR", "50.00"); // before: Ana comes back in March
        order(ana, MARCH, "EUR", "100.00"); // first day counts
        order(ana, LocalDate.of(2025, 3, 31), "EUR", "20.50");
        order(ben, LocalDate.of(2025, 3, 15), "EUR", "300.00"); // Ben's first order ever
        order(ben, LocalDate.of(2025, 3, 16), "USD", "999.00"); // another currency: not in EUR money
        order(cai, APRIL, "EUR", "7.00"); // the end of the period does not count
    }

    long customer(String name) {
        Timestamp now = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
        jdbc.sql("""
                INSERT INTO customer (customer_number, kind, name, lifecycle_status, sort_name, created_at, updated_at)
                VALUES (:name, 'PERSON', :name, 'CUSTOMER', :name, :now, :now)""").param("name", name).param("now", now).update();
        return jdbc.sql("SELECT id FROM customer WHERE customer_number = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    void order(long customer, LocalDate date, String currency, String total) {
        jdbc.sql("""
                INSERT INTO sales_order (order_number, customer_id, order_date, currency, total_amount, line_count,
                                         created_at)
                VALUES (:number, :customer, :date, :currency, :total, 1, :now)""")
                .param("number", "O-" + (++orders))
                .param("customer", customer)
                .param("date", date)
                .param("currency", currency)
                .param("total", new BigDecimal(total))
                .param("now", Timestamp.from(Instant.parse("2025-05-01T00:00:00Z")))
                .update();
    }

    @Test
    void theFirstYearOfCustomersCountsFromTheirOwnDayForTwelveMonths() {
        // Ana since January: her January and March orders (two days, she came back); Ben since
        // March 16: his USD order is another currency and his EUR one was the day before; Cai since
        // April 2024: her April 2025 order falls on the day her twelve months end, so it does not count.
        FirstYearBuying year = figures.firstYear(
                java.util.Map.of(
                        ana, LocalDate.of(2025, 1, 10), ben, LocalDate.of(2025, 3, 16), cai, LocalDate.of(2024, 4, 1)),
                "EUR");
        assertThat(year).isEqualTo(new FirstYearBuying(3, 1, 1, new java.math.BigDecimal("170.50")));
        assertThat(figures.firstYear(java.util.Map.of(), "EUR").buyers()).isZero();
    }

    @Test
    void revenueCountsTheFirstDayNotTheLastAndOneCurrencyOnly() {
        assertThat(figures.revenue(MARCH, APRIL, "EUR")).isEqualByComparingTo("420.50");
        assertThat(figures.revenue(MARCH, APRIL, "USD")).isEqualByComparingTo("999.00");
        assertThat(purchases.revenue(ana, MARCH, APRIL, "EUR")).isEqualByComparingTo("120.50");
        assertThat(purchases.revenue(cai, MARCH, APRIL, "EUR")).isEqualByComparingTo("0");
    }

    @Test
    void aReturningBuyerOrderedBeforeThePeriod() {
        ReturningBuyers march = figures.returningBuyers(MARCH, APRIL);
        assertThat(march.buyers()).isEqualTo(2);
        assertThat(march.returning()).isEqualTo(1);
        assertThat(march.firstTime()).isEqualTo(1);
    }

    @Test
    void theSpreadListsTheBiggestCustomersFirst() {
        Spread spread = figures.spread(MARCH, APRIL, "EUR", 1);
        assertThat(spread.customers()).isEqualTo(2);
        assertThat(spread.total()).isEqualByComparingTo("420.50");
        assertThat(spread.sumOfSquares()).isEqualByComparingTo("104520.25");
        assertThat(spread.biggest()).extracting(CustomerRevenue::customerId).containsExactly(ben);
        assertThat(spread.biggest().get(0).revenue()).isEqualByComparingTo("300.00");
    }

    @Test
    void theBookVersionIsTheNewestOrder() {
        long before = figures.bookVersion();
        order(cai, APRIL, "EUR", "1.00");
        assertThat(figures.bookVersion()).isGreaterThan(before);
    }
}
