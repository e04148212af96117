package org.clientela.service;

/**
 * Removes every case, promise, letter, alert and routing rule, for starting afresh (the demo
 * wipe), before the customers they point at go.
 */
public interface ServiceEraser {

    /** Erases all service records in the caller's transaction. */
    void eraseAll();
}
