package org.clientela.customers.internal;

import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;

/**
 * One line of a customer list; {@code anonymised}: the customer was erased and {@code name} is the
 * marker, shown in the reader's language ({@link AnonymisedNames}).
 */
public record CustomerSummary(
        long id,
        String customerNumber,
        CustomerKind kind,
        String name,
        String email,
        String phone,
        String city,
        String owner,
        LifecycleStatus status,
        boolean anonymised) {

    /** The same line under another name (the one its reader sees). */
    public CustomerSummary named(String shownName) {
        return new CustomerSummary(id, customerNumber, kind, shownName, email, phone, city, owner, status, anonymised);
    }
}
