package org.clientela.retention.internal.losses;

import org.clientela.platform.StateConflict;

/** The loss of a customer cannot move to {@code to}: it is {@code from} (someone moved it first). */
public class LossStateException extends StateConflict {

    private final long customerId;
    private final LossStatus from;
    private final LossStatus to;

    public LossStateException(long customerId, LossStatus from, LossStatus to) {
        super("The loss of customer " + customerId + " is " + from + " and cannot become " + to);
        this.customerId = customerId;
        this.from = from;
        this.to = to;
    }

    public long customerId() {
        return customerId;
    }

    public LossStatus from() {
        return from;
    }

    public LossStatus to() {
        return to;
    }

    @Override
    public String problemType() {
        return "loss-state";
    }

    @Override
    public String messageKey() {
        return "retention.loss.stateConflict";
    }
}
