package org.clientela.satisfaction.web;

/** Who may do what in satisfaction, for {@code @PreAuthorize}. */
final class SatisfactionRoles {

    /** Everybody signed in reads the figures and the answers. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES','VIEWER')";
    /** Those who talk to customers ask them and enter what they said. */
    static final String WORKERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES')";
    /** Rules and runs. */
    static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private SatisfactionRoles() {}
}
