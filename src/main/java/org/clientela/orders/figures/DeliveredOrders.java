package org.clientela.orders.figures;

import java.time.LocalDate;

/** {@code orders} orders placed on {@code orderedOn} and delivered on {@code deliveredOn} (or not recorded: {@code null}). */
public record DeliveredOrders(LocalDate orderedOn, LocalDate deliveredOn, long orders) {}
