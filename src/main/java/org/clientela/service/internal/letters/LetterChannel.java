package org.clientela.service.internal.letters;

/** How a sent letter reached the customer. */
public enum LetterChannel {
    /** Handed to the SMTP server. */
    EMAIL,
    /** Printed for the post: the first print of an approved letter; later prints are copies. */
    POST
}
