package org.clientela.customers;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Who looks after each customer (the owner's username), for modules that hand work to a
 * customer's owner, such as the retention radar's call tasks.
 */
public interface CustomerOwners {

    /**
     * The owner's username of each of the given customers; customers without an owner and unknown
     * ids are absent from the map. Safe for thousands of ids (asked in chunks).
     */
    Map<Long, String> ownersOf(Collection<Long> customerIds);

    /** Every username that owns at least one customer. */
    Set<String> owners();

    /** The ids of the customers of {@code owner}; {@code null} = the customers without an owner. */
    java.util.List<Long> customersOf(String owner);

    /** Whether some customer has no owner. */
    boolean anyUnowned();
}
