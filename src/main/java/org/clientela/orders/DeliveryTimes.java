package org.clientela.orders;

import java.time.LocalDate;
import java.util.List;

/**
 * How long orders took to reach the customer: what the service module measures the delivery time
 * the business promises publicly against (S11). Counted in the database, never order by order.
 */
public interface DeliveryTimes {

    /**
     * The orders placed from {@code from} to {@code to} (both included), counted per order date and
     * delivery date. Orders with no delivery date recorded come as rows whose {@code deliveredOn} is
     * {@code null}. At most one row per pair of days, so a quarter is a few thousand rows whatever
     * the number of orders.
     */
    List<DeliveredOrders> placedBetween(LocalDate from, LocalDate to);

    /** {@code orders} orders placed on {@code orderedOn} and delivered on {@code deliveredOn} (or not recorded). */
    record DeliveredOrders(LocalDate orderedOn, LocalDate deliveredOn, long orders) {
    }
}
