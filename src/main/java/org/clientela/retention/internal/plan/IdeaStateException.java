package org.clientela.retention.internal.plan;

import org.clientela.platform.StateConflict;

/** An idea of the plan cannot move to {@code to}: it stands at {@code from} (perhaps moved by someone else). */
public class IdeaStateException extends StateConflict {

    private final String title;
    private final IdeaStatus from;
    private final IdeaStatus to;

    public IdeaStateException(String title, IdeaStatus from, IdeaStatus to) {
        super("Idea '" + title + "' is " + from + " and cannot become " + to);
        this.title = title;
        this.from = from;
        this.to = to;
    }

    public IdeaStatus from() {
        return from;
    }

    public IdeaStatus to() {
        return to;
    }

    @Override
    public String problemType() {
        return "idea-state";
    }

    @Override
    public String messageKey() {
        return "retention.plan.idea.stateConflict";
    }
}
