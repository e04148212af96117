package org.clientela.service.internal.promises;

import org.clientela.platform.StateConflict;

/** A promise that can no longer change: a broken promise cannot be kept afterwards (409 {@code promise-state}). */
public class PromiseStateException extends StateConflict {

    /** The sentence says where the promise stands: {@code service.promise.state.<status>}. */
    PromiseStateException(long id, PromiseStatus status, PromiseStatus wanted) {
        super(
                "Promise " + id + " is " + status + " and cannot become " + wanted,
                status,
                wanted,
                "promise-state",
                "service.promise.state." + status);
    }

    /** Where the promise stands. */
    public PromiseStatus status() {
        return (PromiseStatus) from();
    }

    /** Where it was asked to go. */
    public PromiseStatus wanted() {
        return (PromiseStatus) to();
    }
}
