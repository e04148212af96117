package org.clientela.retention.internal.radar;

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
 * @param ranking        how the run ranked the customers and how well that did on the business's own
 *                       past; null until the run has ranked
 */
public record RadarRun(
        long id,
        Status status,
        String trigger,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        LocalDate asOf,
        long customersDone,
        long customersThin,
        long signalsFound,
        long signalsNew,
        long signalsClosed,
        long tasksCreated,
        boolean modelUsed,
        String error,
        Ranking ranking) {

    /**
     * The ranking of a run.
     *
     * @param method            RECENCY, HISTORY, MODEL, HISTORY_AND_MODEL or RULE (see {@code RiskRanking.Method})
     * @param horizonDays       the coming period the risk speaks of
     * @param backtestCustomers customers the backtest judged (as they were {@code horizonDays} before the run's day)
     * @param auc               area under the ROC curve of the chosen ranking in the backtest (null with RULE)
     * @param aucRecency        the same for weeks since the last purchase alone
     * @param aucModel          the same for the customer-base model's expected purchases (null without a model)
     * @param topShare          share of the customers the ranking put first in the backtest who did not buy again
     * @param baseShare         share of all customers in the backtest who did not buy again
     */
    public record Ranking(
            String method,
            int horizonDays,
            long backtestCustomers,
            Double auc,
            Double aucRecency,
            Double aucModel,
            Double topShare,
            Double baseShare) {}

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
