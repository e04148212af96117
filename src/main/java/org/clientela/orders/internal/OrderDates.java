package org.clientela.orders.internal;

import java.time.LocalDate;
import org.clientela.platform.RowErrors;

/**
 * The days an imported order (or its delivery) can fall on: from {@code earliest} (the setting
 * {@code clientela.orders.earliest-date}, 1900-01-01 unless set) to tomorrow in the business's
 * time zone, which leaves room for a shop in another zone already a day ahead. A 0001-01-01 or a
 * 9999-12-31 is a typing or export mistake, and would throw every figure of the history off.
 */
record OrderDates(LocalDate earliest, LocalDate latest) {

    /** {@code date} when it is within the range, else {@code null} with an error for {@code column}. */
    LocalDate within(LocalDate date, long line, String column, RowErrors errors) {
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            errors.add(line, column, "orders.import.dateOutOfRange", column, date, earliest, latest);
            return null;
        }
        return date;
    }
}
