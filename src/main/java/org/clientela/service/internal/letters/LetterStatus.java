package org.clientela.service.internal.letters;

/** Where a letter is on its way to the customer. */
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
    /** Sent; it can no longer change. */
    SENT
}
