package org.clientela.service.internal.letters;

import java.util.Optional;

/**
 * What a letter needs to know about its case: whose it is and what it is about. Implemented by the
 * cases side of the module, so that letters do not read the case tables themselves.
 */
public interface CaseFacts {

    /** The case, or empty when there is no case with this id. */
    Optional<CaseFact> find(long caseId);

    /**
     * @param caseId     the case
     * @param customerId whose case it is
     * @param reference  the number the customer quotes, e.g. {@code C-2026-000123}
     * @param subject    what it is about, as recorded
     * @param owner      the username of the person in charge, or {@code null}
     */
    record CaseFact(long caseId, long customerId, String reference, String subject, String owner) {}
}
