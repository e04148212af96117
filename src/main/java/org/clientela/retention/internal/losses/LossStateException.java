package org.clientela.retention.internal.losses;

import org.clientela.platform.StateConflict;

/** The loss of a customer cannot move to {@code to}: it is {@code from} (someone moved it first). */
public class LossStateException extends StateConflict {

    private final long customerId;

    public LossStateException(long customerId, LossStatus from, LossStatus to) {
        super(
                "The loss of customer " + customerId + " is " + from + " and cannot become " + to,
                from,
                to,
                "loss-state",
                "retention.loss.stateConflict");
        this.customerId = customerId;
    }

    public long customerId() {
        return customerId;
    }
}
