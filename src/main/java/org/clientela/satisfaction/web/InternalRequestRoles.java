package org.clientela.satisfaction.web;

/**
 * Who reaches internal work at all; which requests and reviews behind it (their department's, their
 * own) is for the domain to say.
 */
final class InternalRequestRoles {

    /** Everyone signed in reads: viewers and managers all of it, the others their department's. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES','VIEWER')";
    /** Everyone who works asks, answers and rates; viewers only read. */
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SERVICE','SALES')";

    private InternalRequestRoles() {}
}
