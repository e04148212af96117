package org.clientela.privacy.web;

/** Who may read and record consents, for {@code @PreAuthorize}. */
final class ConsentRoles {

    /** Everybody signed in may see what a customer allowed, before calling or writing to them. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES','VIEWER')";
    /** Those who talk to customers record what they said. */
    static final String RECORDERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES')";

    private ConsentRoles() {}
}
