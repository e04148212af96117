package org.clientela.retention.internal.radar;

import java.util.List;

/**
 * The retention radar's signals that are active for one customer (e.g. "buys less often than
 * usual"), shown with the customer's model figures in {@code GET /api/v1/customers/{id}/retention}.
 * The radar provides this bean ({@code RadarCustomerSignals}).
 * Elements are written to JSON as they are.
 */
public interface CustomerSignals {

    List<?> activeFor(long customerId);
}
