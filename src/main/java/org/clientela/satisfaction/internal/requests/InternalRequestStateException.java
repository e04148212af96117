package org.clientela.satisfaction.internal.requests;

import org.clientela.platform.StateConflict;

/**
 * A move the request's life does not allow, such as closing a closed request or rating an open one
 * (409 {@code internal-request-state}).
 */
public class InternalRequestStateException extends StateConflict {

    private final long id;

    InternalRequestStateException(long id, RequestStatus from, RequestStatus to) {
        super(
                "Internal request " + id + " cannot go from " + from + " to " + to,
                from,
                to,
                "internal-request-state",
                "satisfaction.internal.state.refused");
        this.id = id;
    }

    @Override
    public RequestStatus from() {
        return (RequestStatus) super.from();
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {String.valueOf(id), from(), to()}; // an id, never written "10.514"
    }
}
