package org.clientela.orders.history;

import java.time.LocalDate;

/** A category one customer bought, and the day they last bought it. */
public record CategoryBought(long categoryId, String name, LocalDate lastPurchase) {}
