package org.clientela.privacy.internal.requests;

/** How a rights request arrived; the same channels a service case knows. */
public enum RequestChannel {
    EMAIL,
    LETTER,
    PHONE,
    IN_PERSON,
    WEB
}
