package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PeriodPurchases;
import org.clientela.retention.CustomerValue;
import org.springframework.stereotype.Component;

/**
 * A customer's value under a program's basis, over the last 12 months up to today included: what
 * they spent, how many orders they placed, or what the customer-base model expects them to be
 * worth. The orders module aggregates; nothing here reads its tables.
 */
@Component
class LoyaltyValues {

    static final int MONTHS = 12;

    private final CustomerPurchases purchases;
    private final PurchaseFigures figures;
    private final CustomerValue expected;
    private final Clock clock;

    LoyaltyValues(CustomerPurchases purchases, PurchaseFigures figures, CustomerValue expected, Clock clock) {
        this.purchases = purchases;
        this.figures = figures;
        this.expected = expected;
        this.clock = clock;
    }

    /** The first day of the window that ends today. */
    LocalDate windowStart() {
        return LocalDate.now(clock).minusMonths(MONTHS).plusDays(1);
    }

    /** One customer's value; zero when they bought nothing in the window (or the model says nothing). */
    BigDecimal of(TierBasis basis, long customerId) {
        if (basis == TierBasis.EXPECTED_VALUE) {
            return expected.expectedLifetimeValue(customerId).orElse(BigDecimal.ZERO);
        }
        PeriodPurchases bought = purchases
                .inPeriod(List.of(customerId), windowStart(), LocalDate.now(clock))
                .get(customerId);
        if (bought == null) {
            return BigDecimal.ZERO;
        }
        return basis == TierBasis.SPEND ? bought.revenue() : BigDecimal.valueOf(bought.orders());
    }

    /**
     * Hands {@code each} the value of every customer who bought in the window (spend, purchases),
     * streaming; customers absent are worth zero. Call it in a transaction.
     */
    void forEachBuyer(TierBasis basis, BiConsumer<Long, BigDecimal> each) {
        if (basis == TierBasis.EXPECTED_VALUE) {
            throw new IllegalArgumentException("the expected value is asked member by member");
        }
        figures.forEachCustomerRevenue(
                windowStart(),
                LocalDate.now(clock).plusDays(1),
                c -> each.accept(
                        c.customerId(), basis == TierBasis.SPEND ? c.revenue() : BigDecimal.valueOf(c.orders())));
    }
}
