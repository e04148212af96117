package org.clientela.platform;

/**
 * A move that the thing's life no longer allows — keeping a promise that already broke, resolving a
 * resolved case, reopening a finished import. Domain types throw a subclass from their transition
 * methods; the API answers it with a 409 problem detail and the pages with the same sentence, both
 * read from {@link #messageKey()} in the person's language.
 */
public abstract class StateConflict extends RuntimeException {

    private final Enum<?> from;
    private final Enum<?> to;
    private final String problemType;
    private final String messageKey;

    /** A conflict that is not a move between two statuses; the subclass names its problem and sentence. */
    protected StateConflict(String message) {
        this(message, null, null, null, null);
    }

    /**
     * @param from        where the thing stands
     * @param to          where it was asked to go
     * @param problemType the last part of the problem's type, {@code https://clientela.org/problems/…}
     * @param messageKey  the key of the sentence that says what was refused
     */
    protected StateConflict(String message, Enum<?> from, Enum<?> to, String problemType, String messageKey) {
        super(message);
        this.from = from;
        this.to = to;
        this.problemType = problemType;
        this.messageKey = messageKey;
    }

    /** Where the thing stands. */
    public Enum<?> from() {
        return from;
    }

    /** Where it was asked to go. */
    public Enum<?> to() {
        return to;
    }

    /** The problem's type, the last part of {@code https://clientela.org/problems/…} (e.g. {@code case-state}). */
    public String problemType() {
        return problemType;
    }

    /** The message key of the sentence that says what was refused. */
    public String messageKey() {
        return messageKey;
    }

    /** The arguments of that sentence. */
    public Object[] messageArgs() {
        return new Object[0];
    }
}
