package org.clientela.retention.internal.plan;

import org.clientela.platform.StateConflict;

/** An idea of the plan cannot move to {@code to}: it stands at {@code from} (perhaps moved by someone else). */
public class IdeaStateException extends StateConflict {

    public IdeaStateException(String title, IdeaStatus from, IdeaStatus to) {
        super(
                "Idea '" + title + "' is " + from + " and cannot become " + to,
                from,
                to,
                "idea-state",
                "retention.plan.idea.stateConflict");
    }
}
