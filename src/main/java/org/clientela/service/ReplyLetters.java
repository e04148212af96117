package org.clientela.service;

/**
 * Reply letters for other modules: a letter that answers something the customer asked outside a
 * case (a request about their personal data), written as a draft on a new request case for the
 * customer, so it goes through the letters' own checker, second person's approval and sending
 * like every other letter, and the case keeps the conversation.
 */
public interface ReplyLetters {

    /**
     * Opens a request case for the customer (taken by {@code channel}: PHONE, EMAIL, LETTER, WEB or
     * IN_PERSON; owned by {@code owner}, or by the routing rules when null) and drafts the letter on
     * it, written by {@code author}. Bad input is an
     * {@link org.clientela.platform.InvalidInputException} naming the field.
     *
     * @param language {@code es} or {@code en}
     */
    Drafted draftOnNewRequest(
            long customerId,
            String channel,
            String owner,
            String caseSubject,
            String caseDescription,
            String language,
            String subject,
            String text,
            String author);

    /** The case opened and the letter drafted on it. */
    record Drafted(CaseId caseId, String caseReference, long letterId) {}
}
