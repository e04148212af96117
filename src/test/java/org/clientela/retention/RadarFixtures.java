package org.clientela.retention;

import org.clientela.retention.internal.radar.RadarRun;
import org.clientela.retention.internal.radar.RetentionRadar;
import org.springframework.beans.factory.BeanFactory;

/**
 * The retention radar for other modules' tests and benchmarks: run it and read what the run found,
 * without reaching into this module's internals. Take it from the test's application context:
 * {@code new RadarFixtures(context).runNow("test")}.
 */
public final class RadarFixtures {

    private final BeanFactory beans;

    public RadarFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /**
     * Runs the radar now in the caller's thread, as the radar page's "run now" does, and returns the
     * finished run. Fails when another run holds the radar.
     */
    public Run runNow(String startedBy) {
        RetentionRadar radar = beans.getBean(RetentionRadar.class);
        long id = radar.runNow("MANUAL", startedBy)
                .orElseThrow(() -> new IllegalStateException("another radar run holds the radar"));
        RadarRun run = radar.find(id).orElseThrow();
        RadarRun.Ranking ranking = run.ranking();
        return new Run(
                run.id(),
                run.status().name(),
                run.customersDone(),
                run.customersThin(),
                run.signalsFound(),
                run.signalsNew(),
                run.tasksCreated(),
                ranking == null
                        ? null
                        : new Ranking(
                                ranking.method(), ranking.backtestCustomers(), ranking.auc(), ranking.aucRecency()));
    }

    /**
     * What a radar run found.
     *
     * @param status         RUNNING, DONE or FAILED
     * @param customersDone  customers looked at
     * @param customersThin  of those, customers with too little history to judge
     * @param signalsFound   signals active after the run
     * @param signalsNew     signals this run found first
     * @param tasksCreated   calls the run asked people to make
     * @param ranking        how the run ranked the customers; null when it did not get that far
     */
    public record Run(
            long id,
            String status,
            long customersDone,
            long customersThin,
            long signalsFound,
            long signalsNew,
            long tasksCreated,
            Ranking ranking) {}

    /**
     * How the run ranked the customers by risk and how well that ranking did on the business's own
     * past (the area under the curve of the backtest, for the ranking and for recency alone).
     */
    public record Ranking(String method, long backtestCustomers, Double auc, Double aucRecency) {}
}
