package org.clientela.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** What given customers bought between two days: the measure of whether an action brought them back. */
public interface PurchasesInPeriod {

    /**
     * Orders and revenue of each of {@code customerIds} from {@code from} to {@code to}, both
     * included; customers who bought nothing then are absent. Safe for thousands of ids.
     */
    Map<Long, Bought> of(Collection<Long> customerIds, LocalDate from, LocalDate to);

    record Bought(long orders, BigDecimal revenue) {
    }
}
