package org.clientela.satisfaction;

/**
 * Removes every survey, follow-up, idea, gesture, loyalty program and internal request, for starting
 * afresh (the demo wipe).
 */
public interface SatisfactionEraser {

    /** Erases all satisfaction records in the caller's transaction. */
    void eraseAll();
}
