package org.clientela.satisfaction.internal.surveys;

/** Where a survey stands: only a sent one may be answered, once. */
public enum SurveyStatus {
    SENT,
    ANSWERED,
    SKIPPED,
    EXPIRED;

    public boolean canBecome(SurveyStatus next) {
        return this == SENT && (next == ANSWERED || next == EXPIRED);
    }
}
