package org.clientela.privacy.internal.requests;

/** The right a person exercises (GDPR articles 15 to 21). */
public enum RequestKind {
    ACCESS,
    RECTIFICATION,
    ERASURE,
    OBJECTION,
    PORTABILITY,
    RESTRICTION
}
