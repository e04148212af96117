package org.clientela.service.internal.letters;

/**
 * The seven steps of a good reply letter to a complaint. The first one — decide why you write — is
 * the template chosen; the checker marks the other six.
 */
public enum LetterStep {
    /**
     * Not one of the seven steps but what comes before them: no spot in square brackets
     * ({@code [teléfono]}, {@code [explique aquí…]}) is left for the writer to fill in. A letter that
     * fails it cannot be approved, sent or printed as the original.
     */
    FILLED_IN,
    /** The opening says why we write: answering a question, solving a problem, thanking. */
    PURPOSE,
    /** Something in it for the reader (WIIFM): the remedy, a voucher, priority next time. */
    READER_BENEFIT,
    /** The letter speaks about the reader at least as much as about the company. */
    READER_FOCUS,
    /** Written as we speak, without the stiff formulas learnt at school. */
    CONVERSATIONAL,
    /** It ends telling the reader what to do next. */
    CALL_TO_ACTION,
    /** Somebody other than its author read and approved it. */
    REVIEWED
}
