package org.clientela.satisfaction.internal.followups;

/** A follow-up is open until its call has an outcome that ends it. */
public enum FollowUpStatus {
    OPEN,
    DONE;

    public boolean canBecome(FollowUpStatus next) {
        return this == OPEN && next == DONE;
    }
}
