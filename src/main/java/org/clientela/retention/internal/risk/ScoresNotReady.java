package org.clientela.retention.internal.risk;

import java.time.LocalDate;

/**
 * The risk scores asked for do not exist: no radar run has scored the base yet ({@code stored} is
 * null), or the stored scores are of another day than the one asked for. Either way the answer is
 * a radar run (as of that day), not the scores of some other day.
 *
 * @param asked  the day asked for, or null for "whatever is stored"
 * @param stored the day of the stored scores, or null when there are none
 */
public class ScoresNotReady extends RuntimeException {

    private final LocalDate asked;
    private final LocalDate stored;

    public ScoresNotReady(LocalDate asked, LocalDate stored) {
        super(stored == null ? "No risk scores yet" : "Risk scores are as of " + stored + ", not " + asked);
        this.asked = asked;
        this.stored = stored;
    }

    public LocalDate asked() {
        return asked;
    }

    public LocalDate stored() {
        return stored;
    }
}
