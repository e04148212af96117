package org.clientela.retention.internal.calls;

import org.clientela.platform.StateConflict;
import org.clientela.retention.internal.radar.SignalView.TaskStatus;

/** A radar call cannot move to {@code to} from {@code from} (see {@link TaskStatus#canBecome}). */
public class CallTaskStateException extends StateConflict {

    private final TaskStatus from;
    private final TaskStatus to;

    public CallTaskStateException(long taskId, TaskStatus from, TaskStatus to) {
        super("Call task " + taskId + " is " + from + " and cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public TaskStatus from() {
        return from;
    }

    public TaskStatus to() {
        return to;
    }

    @Override
    public String problemType() {
        return "call-task-state";
    }

    @Override
    public String messageKey() {
        return "retention.task.stateConflict";
    }
}
