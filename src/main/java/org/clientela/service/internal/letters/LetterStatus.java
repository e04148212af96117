package org.clientela.service.internal.letters;

import java.util.EnumSet;
import java.util.Set;

/** Where a letter is on its way to the customer, and the moves its life allows. */
public enum LetterStatus {
    /** Being written; anyone but its author may approve it. */
    DRAFT,
    /** Read and approved by a second person; ready to send. Editing returns it to DRAFT. */
    APPROVED,
    /**
     * Claimed by one request that is handing it to the SMTP server right now; nobody else may send
     * or edit it. It ends SENT, or APPROVED again when the server refused it.
     */
    SENDING,
    /** Sent (by e-mail, or by post when its first print is made); it can no longer change. */
    SENT;

    /** The statuses a letter in this status may move to. */
    public Set<LetterStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.of(DRAFT, SENDING, SENT);
            case SENDING -> EnumSet.of(SENT, APPROVED);
            case SENT -> EnumSet.noneOf(LetterStatus.class);
        };
    }

    /** Whether a letter in this status may move to {@code next}. */
    public boolean canBecome(LetterStatus next) {
        return next().contains(next);
    }

    /** Whether its words may change now: not while it is being sent, nor once it went. */
    public boolean editable() {
        return this == DRAFT || this == APPROVED;
    }
}
