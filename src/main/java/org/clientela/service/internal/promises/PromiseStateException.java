package org.clientela.service.internal.promises;

/** A promise that can no longer change: a broken promise cannot be kept afterwards (409). */
public class PromiseStateException extends RuntimeException {

    private final PromiseStatus status;

    PromiseStateException(long id, PromiseStatus status) {
        super("Promise " + id + " is " + status);
        this.status = status;
    }

    public PromiseStatus status() {
        return status;
    }
}
