package org.clientela.satisfaction.internal.surveys;

import org.clientela.platform.StateConflict;

/** A survey that can no longer be answered: already answered, skipped or expired (409 {@code survey-state}). */
public class SurveyStateException extends StateConflict {

    SurveyStateException(long id, SurveyStatus status) {
        super(
                "Survey " + id + " is " + status + " and cannot be answered",
                status,
                SurveyStatus.ANSWERED,
                "survey-state",
                "satisfaction.survey.state." + status);
    }
}
