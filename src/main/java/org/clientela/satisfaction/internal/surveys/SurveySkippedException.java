package org.clientela.satisfaction.internal.surveys;

import org.clientela.platform.StateConflict;

/** A strict request for a survey that a rule would skip (409 {@code survey-skipped}). */
public class SurveySkippedException extends StateConflict {

    private final SkipReason reason;

    SurveySkippedException(SkipReason reason) {
        super("Survey skipped: " + reason, null, null, "survey-skipped", "satisfaction.survey.skipReason." + reason);
        this.reason = reason;
    }

    public SkipReason reason() {
        return reason;
    }
}
