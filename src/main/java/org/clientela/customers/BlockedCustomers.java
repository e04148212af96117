package org.clientela.customers;

import java.util.Collection;
import java.util.Set;

/**
 * The customers blocked under LOPDGDD art. 32 (their data kept only for legal claims), whom no page,
 * list, count, export or outgoing message of any module may show or reach. The customers module
 * alone knows who they are ({@code customer.blocked_at}); other modules ask here instead of keeping
 * their own copy, so a block is seen everywhere at once and nothing has to be kept in step.
 *
 * <p>A list leaves them out inside its own query with {@link #visible(String)}, so paging and its
 * counts stay right and nothing is looked up row by row: the condition is one anti-join on the
 * customer's primary key against the few blocked ids, which the database finds by their index. A
 * piece of code that is about to reach a customer (a survey e-mail, a new call task) asks
 * {@link #blockedAmong} for the whole batch at once.
 */
public interface BlockedCustomers {

    /**
     * A SQL condition, true for the rows whose customer is not blocked, to be {@code AND}ed into a
     * query of another module; {@code customerIdColumn} is that query's column holding the customer
     * id (for instance {@code "c.customer_id"}). Rows without a customer (NULL) stay.
     */
    static String visible(String customerIdColumn) {
        // Spaces on both sides, so that it may stand between any two words of a query, text blocks included.
        return " NOT EXISTS (SELECT 1 FROM customer blocked_customer WHERE blocked_customer.id = " + customerIdColumn
                + " AND blocked_customer.blocked_at IS NOT NULL) ";
    }

    /** Which of {@code customerIds} are blocked (asked in chunks, safe for thousands of ids). */
    Set<Long> blockedAmong(Collection<Long> customerIds);

    /** Whether the customer {@code customerId} is blocked. */
    default boolean isBlocked(long customerId) {
        return !blockedAmong(Set.of(customerId)).isEmpty();
    }
}
