package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.util.List;

/** An order with its lines: what, how many, how much. */
public record OrderDetails(OrderSummary order, List<Line> lines) {

    /**
     * One line of an order.
     *
     * @param sku         the product's code, {@code null} for a line without a product
     * @param product     the product's name, or the line's own description
     * @param category    the line's category, else its product's
     * @param quantity    how many, exact (up to three decimals for weights)
     * @param amount      what the line cost in total, in the order's currency
     */
    public record Line(
            int lineNumber, String sku, String product, String category, BigDecimal quantity, BigDecimal amount) {}
}
