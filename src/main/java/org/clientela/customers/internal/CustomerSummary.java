package org.clientela.customers.internal;

import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;

/** One line of a customer list. */
public record CustomerSummary(
        long id,
        String customerNumber,
        CustomerKind kind,
        String name,
        String email,
        String phone,
        String city,
        String owner,
        LifecycleStatus status) {}
