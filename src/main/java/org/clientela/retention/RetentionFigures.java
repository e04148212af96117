package org.clientela.retention;

/**
 * Computes now what the retention pages show — the customer-base model, the segments and a radar
 * run — instead of waiting for the night or for someone to find three buttons on three pages. A
 * newly loaded business (the demo) calls it once so that every page has something to show.
 */
public interface RetentionFigures {

    /**
     * Fits the model on every order up to today, segments the customers and runs the radar, in the
     * caller's thread, in that order (the radar judges low activity with the model just fitted).
     *
     * @return what was computed
     */
    Computed computeNow();

    /**
     * @param modelFitted whether the model could be fitted (too few repeat buyers refuse it)
     * @param customersSegmented customers given a segment, or -1 when another instance was segmenting
     * @param radarRan whether a radar run was made here (false when another instance held its lease)
     */
    record Computed(boolean modelFitted, long customersSegmented, boolean radarRan) {}
}
