package org.clientela.orders.history;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One category in one customer's {@link Rhythm}.
 *
 * @param baselineMonths calendar months of the baseline period in which the category was bought
 * @param days           days on which the category was bought, from {@code firstDay} to {@code lastDay}
 * @param orderDaysAfter the customer's order days after {@code lastDay} (orders without the category)
 * @param yearAmount     the category's line amounts in the twelve calendar months up to its last month
 */
public record CategoryRhythm(
        long categoryId,
        String name,
        int baselineMonths,
        int days,
        LocalDate firstDay,
        LocalDate lastDay,
        int orderDaysAfter,
        BigDecimal yearAmount) {}
