package org.clientela.retention.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the radar, with its counts.
 *
 * @param customersDone  customers with orders looked at so far (progress while running)
 * @param customersThin  of those, customers with too little history to judge
 * @param signalsFound   signals that fired in this run (new or still active)
 * @param signalsNew     of those, signals that had not been active before
 * @param signalsClosed  active signals that no longer fired and were closed
 * @param modelUsed      whether the customer-base model was available for LOW_ACTIVITY_PROBABILITY
 * @param error          message key of the failure, when FAILED
 */
public record RadarRun(long id, Status status, String trigger, String startedBy, Instant startedAt,
        Instant finishedAt, LocalDate asOf, long customersDone, long customersThin, long signalsFound,
        long signalsNew, long signalsClosed, long tasksCreated, boolean modelUsed, String error) {

    public enum Status { RUNNING, DONE, FAILED }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
