package org.clientela.satisfaction.internal.ideas;

/** How the idea reached us. */
public enum IdeaChannel {
    PHONE,
    EMAIL,
    IN_PERSON,
    WEB,
    SURVEY,
    OTHER
}
