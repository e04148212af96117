package org.clientela.service.web;

/** Who may do what with cases and promises. */
final class ServiceRoles {

    /** Everybody signed in reads. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE','VIEWER')";
    /** Service people and their managers work the cases. */
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SERVICE')";
    /** Sales people may also open a case for their customer. */
    static final String OPENERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES')";

    /** Managers and admins change what the business promises in public. */
    static final String MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private ServiceRoles() {}
}
