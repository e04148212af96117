package org.clientela.customers;

import org.clientela.platform.StateConflict;

/** A move of a customer's standing that {@link LifecycleStatus#canBecome} refuses, such as winning back a customer who was never lost. */
public class LifecycleStatusStateException extends StateConflict {

    private final LifecycleStatus from;
    private final LifecycleStatus to;

    public LifecycleStatusStateException(LifecycleStatus from, LifecycleStatus to) {
        super("A customer who is " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public LifecycleStatus from() {
        return from;
    }

    public LifecycleStatus to() {
        return to;
    }

    @Override
    public String problemType() {
        return "customer-status-state";
    }

    @Override
    public String messageKey() {
        return "customers.status.state";
    }
}
