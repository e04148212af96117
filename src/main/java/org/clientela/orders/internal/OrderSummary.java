package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an order list.
 *
 * @param customerNumber the customer's number, {@code null} if the customer is gone
 * @param customerName   the customer's name, {@code null} if the customer is gone
 * @param lineCount      how many lines (products) the order has
 * @param total          the order total, exact, in {@code currency}
 */
public record OrderSummary(
        long id,
        String orderNumber,
        LocalDate orderDate,
        long customerId,
        String customerNumber,
        String customerName,
        String channel,
        String pointOfSale,
        int lineCount,
        BigDecimal total,
        String currency) {}
