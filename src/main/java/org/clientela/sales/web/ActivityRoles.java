package org.clientela.sales.web;

/** Who reaches the activity log at all; which prospects behind it is for the log to say. */
final class ActivityRoles {

    /** Everyone who sells or watches selling reads; service people do not work prospects. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','VIEWER')";
    /** Sellers log on their own prospects, managers and admins on anyone's. */
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES')";

    private ActivityRoles() {}
}
