package org.clientela.customers;

/**
 * Lets the module that decides a customer's standing move their lifecycle status: the retention
 * module sets LOST and WON_BACK from its lost-customer register, the sales module makes a prospect
 * on file a customer when it is won. (Listening to the register's
 * events here would make customers depend on retention, which depends on customers: a cycle.)
 */
public interface LifecycleStatusChanges {

    /**
     * Sets the customer's status, audited and with a new version, so a form opened before is told
     * the customer changed instead of silently undoing it. Nothing happens when it already is.
     *
     * @param because why, for the audit log's summary
     * @param by      who made it happen (the person who marked the customer lost), for the audit log
     * @return whether the status changed (false also for an unknown customer)
     * @throws LifecycleStatusStateException when the customer's standing may not move to {@code status}
     *                                       ({@link LifecycleStatus#canBecome})
     */
    boolean change(CustomerId customerId, LifecycleStatus status, String because, String by);

    /**
     * Moves the customer from {@code from} to {@code to} only while it still stands at {@code from},
     * audited as {@link #change}: for a module that knows what the standing was when it decided,
     * such as a won prospect who was on file as PROSPECT, and must not undo a standing someone set
     * since (a customer already marked lost or at risk keeps it).
     *
     * @return whether the status changed (false when the customer stands elsewhere or is unknown)
     * @throws LifecycleStatusStateException when {@code from} may never move to {@code to}
     */
    boolean changeIfStill(CustomerId customerId, LifecycleStatus from, LifecycleStatus to, String because, String by);
}
