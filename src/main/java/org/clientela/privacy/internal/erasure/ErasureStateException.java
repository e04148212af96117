package org.clientela.privacy.internal.erasure;

import org.clientela.platform.StateConflict;

/** A customer cannot move to {@code to}: they already stand at {@code from} (an anonymised one stays so). */
public class ErasureStateException extends StateConflict {

    private final long customerId;

    ErasureStateException(long customerId, ErasureStep from, ErasureStep to) {
        super(
                "Customer " + customerId + " is " + from + " and cannot become " + to,
                from,
                to,
                "erasure-state",
                from == ErasureStep.BLOCKED
                        ? "privacy.erasure.stateConflict.blocked"
                        : "privacy.erasure.stateConflict.anonymised");
        this.customerId = customerId;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {Long.toString(customerId)}; // an id, never written "10.514"
    }
}
