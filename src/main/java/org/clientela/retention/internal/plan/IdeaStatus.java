package org.clientela.retention.internal.plan;

/**
 * Where an idea of the retention plan stands: proposed, adopted (in use) or dropped. The team may
 * change its mind either way (adopt a dropped idea again, take an adopted one back to an idea), so
 * every move to another status is allowed; a move to the status the idea already has is refused,
 * because it means someone else moved the idea first and the person saw an old page.
 */
public enum IdeaStatus {
    IDEA,
    ADOPTED,
    DROPPED;

    public boolean canBecome(IdeaStatus next) {
        return next != null && next != this;
    }
}
