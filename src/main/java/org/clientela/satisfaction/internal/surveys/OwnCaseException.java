package org.clientela.satisfaction.internal.surveys;

import org.springframework.security.access.AccessDeniedException;

/** Nobody enters the answer about a case they own themselves: the figures would grade their own work. */
public class OwnCaseException extends AccessDeniedException {

    OwnCaseException(long surveyId) {
        super("Survey " + surveyId + " is about the user's own case");
    }
}
