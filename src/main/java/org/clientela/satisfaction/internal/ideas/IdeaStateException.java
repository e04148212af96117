package org.clientela.satisfaction.internal.ideas;

import org.clientela.platform.StateConflict;

/** A customer's idea cannot move to {@code to}: it stands at {@code from}. */
public class IdeaStateException extends StateConflict {

    public IdeaStateException(long id, IdeaStatus from, IdeaStatus to) {
        super(
                "Idea " + id + " is " + from + " and cannot become " + to,
                from,
                to,
                "customer-idea-state",
                "satisfaction.ideas.stateConflict");
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {
            org.clientela.platform.AuditLog.word("satisfaction.ideas.status." + from().name()),
            org.clientela.platform.AuditLog.word("satisfaction.ideas.status." + to().name())
        };
    }
}
