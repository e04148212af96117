package org.clientela.retention;

import java.util.Collection;
import java.util.Set;
import org.clientela.customers.CustomerId;

/**
 * What the radar must know about service before it asks someone to call a customer: whether the
 * customer has a case still open (then the case's owner is already talking to them, and a retention
 * call on top would be one call too many). Implemented by the service module, which depends on
 * retention; retention asks through this interface so the two modules do not depend on each other.
 */
public interface OpenServiceCases {

    /** Those of the given customers who have an open case (open or in progress). Safe for thousands of ids. */
    Set<CustomerId> withOpenCase(Collection<CustomerId> customerIds);
}
