package org.clientela.orders.figures;

import java.time.LocalDate;

/**
 * A customer whose first order ever fell in the period asked for.
 *
 * @param orderDays the days on which the customer ordered, up to now
 */
public record NewBuyer(long customerId, LocalDate firstOrder, LocalDate lastOrder, long orderDays) {}
