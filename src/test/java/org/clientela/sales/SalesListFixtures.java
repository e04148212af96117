package org.clientela.sales;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.clientela.sales.internal.callbacks.CallBacks;
import org.clientela.sales.internal.day.SellerDay;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customers the sales lists show, for other modules' tests (a blocked customer must be in none). */
public final class SalesListFixtures {

    private final BeanFactory beans;

    public SalesListFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /**
     * Each list by name (the day of {@code seller}): the customers its prospects became, for the
     * prospects won into a customer.
     */
    public Map<String, Supplier<List<Long>>> lists(String seller) {
        return Map.of("seller's day call-backs", () -> {
            SellerDay.Day day = beans.getBean(SellerDay.class).of(seller);
            return customersOf(
                    java.util.stream.Stream.concat(day.callBacksDue().stream(), day.callBacksLater().stream())
                            .map(CallBacks.CallBack::prospectId)
                            .toList());
        });
    }

    private List<Long> customersOf(List<Long> prospectIds) {
        if (prospectIds.isEmpty()) {
            return List.of();
        }
        return beans.getBean(JdbcClient.class)
                .sql("SELECT customer_id FROM sales_prospect WHERE id IN (:ids) AND customer_id IS NOT NULL")
                .param("ids", prospectIds)
                .query(Long.class)
                .list();
    }
}
