package org.clientela.orders.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The orders that reached their customers on a day, for a call to ask how it went: delivered that
 * day, or — when no delivery date is recorded — placed that day. Read from the order book by date,
 * so asking for one day stays quick whatever the size of the book.
 */
public interface ReachedOrders {

    /** A delivery that took longer than this many days after the order is not looked for. */
    int LONGEST_DELIVERY_DAYS = 90;

    /**
     * The orders that reached their customer on {@code day} and were the customer's first order, or
     * were of at least {@code minAmount} (null: first orders only), by customer and order.
     */
    List<ReachedOrder> reachedOn(LocalDate day, BigDecimal minAmount);

    /**
     * @param deliveredOn the delivery day, or null when none is recorded
     * @param firstOrder  whether no order of the customer came before it
     */
    record ReachedOrder(
            long orderId,
            String orderNumber,
            long customerId,
            LocalDate orderedOn,
            LocalDate deliveredOn,
            BigDecimal amount,
            String currency,
            boolean firstOrder) {}
}
