package org.clientela.customers.internal;

import java.util.List;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;

/** Everything a person can type about a customer, already validated. */
public record CustomerDetails(
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
        List<Contact> contacts) {}
