package org.clientela.sales.internal.figures;

import java.util.List;
import org.clientela.sales.internal.prospects.Stage;

/**
 * The funnel of a set of prospects: each prospect counts at every stage up to the furthest it
 * reached, lost ones included, so a deal lost after its proposal still counts as targeted,
 * contacted, … and proposal. Stage counts therefore never grow down the funnel, and the prospects
 * at a stage are those that moved on, those lost there and those still there.
 */
public record Funnel(List<Step> steps) {

    /**
     * @param reached      prospects that reached this stage (or a later one)
     * @param lostHere     of those, the ones lost with this as their furthest stage
     * @param fromPrevious {@code reached} as a share of the stage before; {@code null} for the first
     *     stage or when the stage before is empty
     */
    public record Step(Stage stage, long reached, long lostHere, Double fromPrevious) {}

    /** The funnel from counts by furthest stage: {@code [stage][0]} all, {@code [stage][1]} lost. */
    static Funnel of(long[][] byFurthest) {
        Stage[] stages = {
            Stage.TARGETED,
            Stage.CONTACTED,
            Stage.CONVERSATION,
            Stage.APPOINTMENT,
            Stage.MEETING,
            Stage.PROPOSAL,
            Stage.WON
        };
        Step[] steps = new Step[stages.length];
        long atOrBeyond = 0;
        for (int i = stages.length - 1; i >= 0; i--) {
            atOrBeyond += byFurthest[i][0];
            steps[i] = new Step(stages[i], atOrBeyond, byFurthest[i][1], null);
        }
        for (int i = 1; i < steps.length; i++) {
            long before = steps[i - 1].reached();
            steps[i] = new Step(
                    stages[i],
                    steps[i].reached(),
                    steps[i].lostHere(),
                    before == 0 ? null : (double) steps[i].reached() / before);
        }
        return new Funnel(List.of(steps));
    }

    /** Prospects targeted: the top of the funnel. */
    public long targeted() {
        return steps.get(0).reached();
    }

    /** The widest stage count, for drawing the others in proportion. */
    public long widest() {
        return Math.max(1, targeted());
    }
}
