package org.clientela.customers.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.AnonymisedNames;
import org.clientela.customers.internal.Contact;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.PossibleDuplicates.PossibleDuplicate;

/**
 * A customer as the API shows it; {@code version} must be sent back with a change. The answer to a
 * creation or a change also lists {@code possibleDuplicates}: other customers with the same tax id,
 * e-mail or phone (empty when there are none; absent when a customer is only read). An anonymised
 * customer's {@code name} is the marker in the reader's language ({@code Accept-Language}) and
 * {@code anonymised} is true.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CustomerResponse(
        long id,
        String customerNumber,
        CustomerKind kind,
        String name,
        String taxId,
        String email,
        String phone,
        String address,
        String city,
        String postalCode,
        String owner,
        LifecycleStatus status,
        String notes,
        List<String> tags,
        List<Contact> contacts,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean anonymised,
        List<PossibleDuplicate> possibleDuplicates) {

    /** {@code c} as the API shows it, under {@code shownName} (its reader's, {@link AnonymisedNames}). */
    static CustomerResponse of(Customer c, String shownName) {
        return of(c, shownName, null);
    }

    static CustomerResponse of(Customer c, String shownName, List<PossibleDuplicate> possibleDuplicates) {
        return new CustomerResponse(
                c.getId(),
                c.getCustomerNumber(),
                c.getKind(),
                shownName,
                c.getTaxId(),
                c.getEmail(),
                c.getPhone(),
                c.getAddress(),
                c.getCity(),
                c.getPostalCode(),
                c.getOwnerUsername(),
                c.getLifecycleStatus(),
                c.getNotes(),
                c.tagNames(),
                c.getContacts(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getVersion(),
                c.isAnonymised(),
                possibleDuplicates);
    }
}
