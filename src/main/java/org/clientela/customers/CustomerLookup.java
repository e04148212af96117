package org.clientela.customers;

import java.util.List;
import java.util.Optional;

/**
 * Finding a customer from another module's screen (pick the customer of a new case as you type)
 * and from what a stranger writes on a public form (their e-mail address), and registering that
 * stranger as a prospect when nobody matches.
 */
public interface CustomerLookup {

    /** Customers matching what a person types (name, number, phone, e-mail), at most {@code limit}. */
    List<CustomerDirectory.CustomerRef> search(String text, int limit);

    /** The customer whose e-mail address is exactly this one (ignoring case), the oldest if several. */
    Optional<CustomerDirectory.CustomerRef> findByEmail(String email);

    /** Registers a new prospect who wrote to the business, with the name, e-mail and phone they gave. */
    CustomerDirectory.CustomerRef registerProspect(String name, String email, String phone);
}
