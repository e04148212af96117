package org.clientela.customers;

import org.clientela.platform.StateConflict;

/** A move of a customer's standing that {@link LifecycleStatus#canBecome} refuses, such as winning back a customer who was never lost. */
public class LifecycleStatusStateException extends StateConflict {

    public LifecycleStatusStateException(LifecycleStatus from, LifecycleStatus to) {
        super(
                "A customer who is " + from + " cannot become " + to,
                from,
                to,
                "customer-status-state",
                "customers.status.state");
    }
}
