package org.clientela.privacy;

/**
 * Removes every consent, rights request and erasure record, for starting afresh (the demo wipe):
 * they all point at customers, so they go before the customers do.
 */
public interface PrivacyEraser {

    /** Erases all privacy records in the caller's transaction. */
    void eraseAll();
}
