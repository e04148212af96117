package org.clientela.service.internal;

/** How the case reached us. */
public enum Channel {
    PHONE, EMAIL, LETTER, WEB, IN_PERSON
}
