package org.clientela.retention.internal.calls;

import org.clientela.platform.StateConflict;
import org.clientela.retention.internal.radar.SignalView.TaskStatus;

/** A radar call cannot move to {@code to} from {@code from} (see {@link TaskStatus#canBecome}). */
public class CallTaskStateException extends StateConflict {

    public CallTaskStateException(long taskId, TaskStatus from, TaskStatus to) {
        super(
                "Call task " + taskId + " is " + from + " and cannot become " + to,
                from,
                to,
                "call-task-state",
                "retention.task.stateConflict");
    }
}
