package org.clientela.satisfaction.internal.requests;

import org.clientela.platform.StateConflict;

/**
 * A rating the request's life does not allow: before it is closed, or a second time (409
 * {@code internal-request-rating}).
 */
public class RatingRefusedException extends StateConflict {

    /** Why: the request is not closed yet, or it was rated already. */
    public enum Reason {
        NOT_CLOSED,
        ALREADY_RATED
    }

    private final long id;

    RatingRefusedException(long id, Reason reason) {
        super(
                "Internal request " + id + " cannot be rated: " + reason,
                null,
                null,
                "internal-request-rating",
                reason == Reason.NOT_CLOSED
                        ? "satisfaction.internal.rating.notClosed"
                        : "satisfaction.internal.rating.already");
        this.id = id;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {String.valueOf(id)}; // an id, never written "10.514"
    }
}
