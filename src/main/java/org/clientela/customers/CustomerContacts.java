package org.clientela.customers;

import java.util.List;
import java.util.Optional;

/**
 * The people at customers, as other modules may ask about them: who a contact is and whose, and a
 * customer's people in order. A contact keeps its id while the customer is edited, so other modules
 * may refer to a contact by it (the privacy module keeps consents per contact).
 */
public interface CustomerContacts {

    /** The contact {@code contactId}, or empty when there is none (or no longer). */
    Optional<ContactRef> find(long contactId);

    /** The people at the customer {@code customerId}, in the order the customer page lists them. */
    List<ContactRef> of(long customerId);

    /** A contact person as other modules see them. */
    record ContactRef(long id, long customerId, String name, String email, String phone) {}
}
