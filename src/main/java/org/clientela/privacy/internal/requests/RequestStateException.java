package org.clientela.privacy.internal.requests;

import org.clientela.platform.StateConflict;

/** A rights request asked to move where its status does not allow (answering a refused one). */
public class RequestStateException extends StateConflict {

    RequestStateException(RequestStatus from, RequestStatus to) {
        super(
                "A " + from + " rights request cannot become " + to,
                from,
                to,
                "privacy-request-state",
                "privacy.request.state.refused");
    }
}
