package org.clientela.retention.web;

/** Who may do what in the retention pages and API. */
final class RetentionRoles {

    /** Everyone signed in reads the register, the radar and the figures. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE','VIEWER')";
    /** Those who deal with customers mark them lost or won back (viewers only read). */
    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE')";
    /** Those who run the business start the segmentation and write the plan. */
    static final String PLANNERS = "hasAnyRole('ADMIN','MANAGER')";

    private RetentionRoles() {}
}
