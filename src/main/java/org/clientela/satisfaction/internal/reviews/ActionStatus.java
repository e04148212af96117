package org.clientela.satisfaction.internal.reviews;

/** An action a review decided: open until its owner does it. */
public enum ActionStatus {
    OPEN,
    DONE;

    public boolean canBecome(ActionStatus next) {
        return this == OPEN && next == DONE;
    }
}
