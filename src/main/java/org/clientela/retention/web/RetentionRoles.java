package org.clientela.retention.web;

/** Who may do what in the retention pages and API. */
final class RetentionRoles {

    /** Everyone signed in reads the register and the figures. */
    static final String READERS = "isAuthenticated()";
    /** Those who deal with customers mark them lost or won back (viewers only read). */
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE')";

    private RetentionRoles() {
    }
}
