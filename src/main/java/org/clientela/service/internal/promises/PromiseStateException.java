package org.clientela.service.internal.promises;

import org.clientela.platform.StateConflict;

/** A promise that can no longer change: a broken promise cannot be kept afterwards (409 {@code promise-state}). */
public class PromiseStateException extends StateConflict {

    private final PromiseStatus status;
    private final PromiseStatus wanted;

    PromiseStateException(long id, PromiseStatus status, PromiseStatus wanted) {
        super("Promise " + id + " is " + status + " and cannot become " + wanted);
        this.status = status;
        this.wanted = wanted;
    }

    /** Where the promise stands. */
    public PromiseStatus status() {
        return status;
    }

    /** Where it was asked to go. */
    public PromiseStatus wanted() {
        return wanted;
    }

    @Override
    public String problemType() {
        return "promise-state";
    }

    /** The sentence says where the promise stands: {@code promise.state.<status>}. */
    @Override
    public String messageKey() {
        return "service.promise.state." + status;
    }
}
