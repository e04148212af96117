package org.clientela.customers;

/**
 * Removes every customer with their contacts, tags and search terms, for starting afresh (the
 * demo wipe). Records of other modules that point at customers must be erased first.
 */
public interface CustomerEraser {

    /** Erases all customers in the caller's transaction; returns how many there were. */
    long eraseAll();
}
