package org.clientela.satisfaction.internal.reviews;

import org.clientela.platform.StateConflict;

/**
 * A move a review's or an action's life does not allow — holding a held review, finishing a done
 * action (409 {@code project-review-state}).
 */
public class ReviewStateException extends StateConflict {

    ReviewStateException(String what, Enum<?> from, Enum<?> to) {
        super(what + " cannot go from " + from + " to " + to, from, to, "project-review-state", key(from));
    }

    private static String key(Enum<?> from) {
        return from instanceof ActionStatus
                ? "satisfaction.review.action.state.refused"
                : "satisfaction.review.state.refused";
    }
}
