package org.clientela.platform;

/**
 * A move that the thing's life no longer allows — keeping a promise that already broke, resolving a
 * resolved case, reopening a finished import. Domain types throw a subclass from their transition
 * methods; the API answers it with a 409 problem detail and the pages with the same sentence, both
 * read from {@link #messageKey()} in the person's language.
 */
public abstract class StateConflict extends RuntimeException {

    protected StateConflict(String message) {
        super(message);
    }

    /** The problem's type, the last part of {@code https://clientela.org/problems/…} (e.g. {@code case-state}). */
    public abstract String problemType();

    /** The message key of the sentence that says what was refused. */
    public abstract String messageKey();

    /** The arguments of that sentence. */
    public Object[] messageArgs() {
        return new Object[0];
    }
}
