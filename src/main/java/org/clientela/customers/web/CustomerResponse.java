package org.clientela.customers.web;

import java.time.Instant;
import java.util.List;

import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.Contact;
import org.clientela.customers.internal.Customer;

/** A customer as the API shows it; {@code version} must be sent back with a change. */
record CustomerResponse(long id, String customerNumber, CustomerKind kind, String name, String taxId, String email,
        String phone, String address, String city, String postalCode, String owner, LifecycleStatus status,
        String notes, List<String> tags, List<Contact> contacts, Instant createdAt, Instant updatedAt, long version) {

    static CustomerResponse of(Customer c) {
        return new CustomerResponse(c.getId(), c.getCustomerNumber(), c.getKind(), c.getName(), c.getTaxId(),
                c.getEmail(), c.getPhone(), c.getAddress(), c.getCity(), c.getPostalCode(), c.getOwnerUsername(),
                c.getLifecycleStatus(), c.getNotes(), c.tagNames(), c.getContacts(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getVersion());
    }
}
