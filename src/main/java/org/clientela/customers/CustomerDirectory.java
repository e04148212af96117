package org.clientela.customers;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask about customers: who a customer number belongs to, and a customer's
 * name. Modules refer to customers by id and never read the customer tables themselves.
 */
public interface CustomerDirectory {

    /** Customer ids for the given customer numbers; unknown numbers are absent from the map. */
    Map<String, Long> idsByNumber(Collection<String> customerNumbers);

    /** How many customers there are. */
    long count();

    /** Name and number of one customer. */
    Optional<CustomerRef> find(long customerId);

    /**
     * Name and number of each of the given customers, for showing a page of another module's
     * records; unknown ids are absent from the map. Safe for thousands of ids (asked in chunks).
     */
    Map<Long, CustomerRef> findAll(Collection<Long> customerIds);

    /** A customer as other modules see it. */
    record CustomerRef(long id, String customerNumber, String name) {}
}
