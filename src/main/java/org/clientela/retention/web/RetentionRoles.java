package org.clientela.retention.web;

/** Who may do what on the retention pages. */
final class RetentionRoles {

    /** Everyone signed in reads. */
    static final String READERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE','VIEWER')";
    /** Those who run the business start the segmentation and write the plan. */
    static final String PLANNERS = "hasAnyRole('ADMIN','MANAGER')";

    private RetentionRoles() {
    }
}
