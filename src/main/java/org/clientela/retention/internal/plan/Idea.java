package org.clientela.retention.internal.plan;

import java.time.LocalDate;

/** An idea of the retention plan, from a staff meeting or anywhere else. */
public record Idea(
        long id,
        String title,
        String description,
        String source,
        String proposedBy,
        LocalDate proposedOn,
        IdeaStatus status,
        String createdBy) {

    /** The status the idea moves to, or the refusal when its status does not allow the move. */
    public IdeaStatus moveTo(IdeaStatus next) {
        if (!status.canBecome(next)) {
            throw new IdeaStateException(title, status, next);
        }
        return next;
    }
}
