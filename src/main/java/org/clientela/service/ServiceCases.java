package org.clientela.service;

import java.util.Optional;

/**
 * Cases as other modules may use them: what a case is (whose, of which type, still open) and
 * opening one for a customer with a problem another module heard about (a follow-up call after a
 * purchase), through the same rules, routing and audit as the case pages.
 */
public interface ServiceCases {

    /** The case {@code caseId}, or empty when there is none. */
    Optional<CaseSummary> find(long caseId);

    /**
     * Opens a complaint for the customer, taken by phone, owned by {@code owner} (null: the routing
     * rules decide), with the customer's words as its description; returns its id. Bad input is an
     * {@link org.clientela.platform.InvalidInputException} naming the field.
     */
    CaseId openComplaint(long customerId, String owner, String subject, String description);

    /**
     * @param owner the username responsible, or null
     * @param open  whether it is still open or in progress
     */
    record CaseSummary(CaseId id, long customerId, String reference, CaseType type, String owner, boolean open) {}
}
