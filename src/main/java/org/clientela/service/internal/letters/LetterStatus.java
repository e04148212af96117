package org.clientela.service.internal.letters;

/** Where a letter is on its way to the customer. */
public enum LetterStatus {
    /** Being written; anyone but its author may approve it. */
    DRAFT,
    /** Read and approved by a second person; ready to send. Editing returns it to DRAFT. */
    APPROVED,
    /** Sent; it can no longer change. */
    SENT
}
