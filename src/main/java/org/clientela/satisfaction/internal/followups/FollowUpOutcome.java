package org.clientela.satisfaction.internal.followups;

/** What a follow-up call found. */
public enum FollowUpOutcome {
    /** The customer is happy; they may have answered the satisfaction questions too. */
    ALL_FINE,
    /** Something went wrong: a case is opened with the customer's words. */
    PROBLEM,
    /** Nobody answered: tried again the next working day, at most twice; then it ends so. */
    NO_ANSWER,
    /** The person asked not to be called: recorded as their withdrawal of phone contact. */
    DO_NOT_CALL
}
