package org.clientela.satisfaction.internal.surveys;

/** How the question reached the person: figures are split by it, since people answer a voice differently. */
public enum SurveyMode {
    /** A link the person follows and answers on our public page (or, for a colleague, on the request's page). */
    LINK,
    /** Asked aloud by one of ours, who types the answer. */
    PHONE
}
