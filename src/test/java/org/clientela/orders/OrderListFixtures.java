package org.clientela.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clientela.orders.figures.NewBuyer;
import org.clientela.orders.figures.NewBuyerQuery;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.internal.OrderBook;
import org.clientela.orders.internal.OrderFilter;
import org.clientela.orders.internal.OrderSort;
import org.clientela.orders.internal.OrderSummary;
import org.springframework.beans.factory.BeanFactory;

/** The customers the order lists show, for other modules' tests (a blocked customer must be in none). */
public final class OrderListFixtures {

    private final BeanFactory beans;

    public OrderListFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /**
     * Each list by name: the customer ids on its first 500 rows; new buyers those whose first order
     * was around {@code today}.
     */
    public Map<String, Supplier<List<Long>>> lists(LocalDate today) {
        return Map.of(
                "orders",
                () -> beans
                        .getBean(OrderBook.class)
                        .list(new OrderFilter(null, null, null), OrderSort.NEWEST, 0, 500)
                        .items()
                        .stream()
                        .map(OrderSummary::customerId)
                        .toList(),
                "new buyers (retention's page)",
                () -> beans
                        .getBean(PurchaseFigures.class)
                        .newBuyers(new NewBuyerQuery(today.minusDays(1), today.plusDays(1), null, null, null), 0, 500)
                        .items()
                        .stream()
                        .map(NewBuyer::customerId)
                        .toList());
    }

    /** How many orders the list of all orders counts. */
    public long counted() {
        return beans.getBean(OrderBook.class)
                .count(new OrderFilter(null, null, null))
                .count();
    }
}
