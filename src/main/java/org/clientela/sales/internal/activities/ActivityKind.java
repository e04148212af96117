package org.clientela.sales.internal.activities;

/**
 * A step a seller takes with a prospect. {@code CALL} is a dial that reached no decision maker;
 * {@code CONVERSATION} spoke with the right person; {@code APPOINTMENT} is an appointment agreed;
 * {@code MEETING} an appointment held (the first one is the "first appointment" of the ratios);
 * {@code PROPOSAL} a proposal sent; {@code WON} and {@code LOST} decide the prospect.
 */
public enum ActivityKind {
    CALL,
    CONVERSATION,
    APPOINTMENT,
    MEETING,
    PROPOSAL,
    WON,
    LOST;

    /** Whether this step decides the prospect, after which no step may be logged. */
    public boolean decides() {
        return this == WON || this == LOST;
    }

    /** Whether the step carries an amount (the proposal's, the sale's). */
    public boolean needsAmount() {
        return this == PROPOSAL || this == WON;
    }
}
