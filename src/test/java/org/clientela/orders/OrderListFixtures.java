package org.clientela.orders;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    /** Each list by name: the customer ids on its first 500 rows. */
    public Map<String, Supplier<List<Long>>> lists() {
        return Map.of(
                "orders",
                () -> beans
                        .getBean(OrderBook.class)
                        .list(new OrderFilter(null, null, null), OrderSort.NEWEST, 0, 500)
                        .items()
                        .stream()
                        .map(OrderSummary::customerId)
                        .toList());
    }

    /** How many orders the list of all orders counts. */
    public long counted() {
        return beans.getBean(OrderBook.class)
                .count(new OrderFilter(null, null, null))
                .count();
    }
}
