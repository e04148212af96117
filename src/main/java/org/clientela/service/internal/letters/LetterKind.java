package org.clientela.service.internal.letters;

/**
 * Why we write — the first step of a good reply, chosen before writing: each kind has a template per
 * language in {@code letters/templates/}.
 */
public enum LetterKind {
    /** The answer to a complaint: we own the problem and put it right. */
    COMPLAINT_REPLY,
    /** An apology that comes with a remedy (refund, replacement, voucher). */
    APOLOGY_WITH_REMEDY,
    /** Thanks for an order, a recommendation, a suggestion. */
    THANKS,
    /** The answer to a question. */
    ANSWER
}
