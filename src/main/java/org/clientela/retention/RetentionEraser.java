package org.clientela.retention;

/**
 * Removes everything the retention module knows — signals, call tasks, losses, segments, the plan,
 * model fits — for starting afresh (the demo wipe), before the customers they point at go.
 */
public interface RetentionEraser {

    /** Erases all retention records in the caller's transaction. */
    void eraseAll();
}
