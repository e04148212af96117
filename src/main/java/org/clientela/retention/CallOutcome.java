package org.clientela.retention;

/** What came of the call a radar signal asked for. */
public enum CallOutcome {
    /** We spoke with the customer. */
    REACHED,
    /** We learned why they buy less or stopped. */
    REASON_FOUND,
    /** They are buying again, or promised to. */
    WON_BACK,
    /** They are gone. */
    LOST
}
