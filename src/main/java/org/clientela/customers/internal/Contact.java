package org.clientela.customers.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A person at a customer: who they are, their title and how much say they have in buying.
 *
 * <p>The id is the contact's row, kept when the customer is saved again (the aggregate writes its
 * contacts anew on every save, and a contact read with its id is written back with the same id), so
 * that what is recorded about the person elsewhere — their consents — stays theirs. A new contact
 * has none until saved.
 *
 * @param decisionLevel DECISION_MAKER, INFLUENCER, USER or GATEKEEPER
 */
public record Contact(
        @Id Long id, String name, String jobTitle, DecisionLevel decisionLevel, String email, String phone) {

    @PersistenceCreator
    public Contact {}

    /** A new contact, without an id until saved. */
    public Contact(String name, String jobTitle, DecisionLevel decisionLevel, String email, String phone) {
        this(null, name, jobTitle, decisionLevel, email, phone);
    }
}
