package org.clientela.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a module has to tell about one customer on the customer page's single timeline: purchases,
 * changes, and later cases, promises and calls. Each module that knows something about customers
 * offers a bean of this type; the customer page merges them, newest first. The module answers
 * from its own tables, so no module reads another's.
 */
public interface CustomerTimeline {

    /** The latest entries about {@code customerId}, newest first, at most {@code limit}. */
    List<Entry> latest(long customerId, int limit);

    /**
     * One thing that happened.
     *
     * @param at         when
     * @param messageKey what, as a message key (in the module's messages)
     * @param args       the message's arguments
     * @param amount     money involved, or {@code null}
     * @param currency   its currency
     * @param href       where to read more, or {@code null}
     */
    record Entry(Instant at, String messageKey, List<Object> args, BigDecimal amount, String currency, String href) {}
}
