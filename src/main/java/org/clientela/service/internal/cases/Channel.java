package org.clientela.service.internal.cases;

/** How the case reached us. */
public enum Channel {
    PHONE,
    EMAIL,
    LETTER,
    WEB,
    IN_PERSON
}
