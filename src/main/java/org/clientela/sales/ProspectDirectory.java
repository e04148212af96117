package org.clientela.sales;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask about prospects: who a prospect is, and whether the person signed in
 * may see or work it — by the rule of the sales pages and API: a seller their own prospects only,
 * managers and admins everyone's, viewers read everyone's.
 */
public interface ProspectDirectory {

    /** The prospect {@code prospectId}, whoever asks; empty when there is none. */
    Optional<ProspectRef> find(long prospectId);

    /**
     * The prospect as the person signed in may see it: empty when there is none, or when the person
     * is a seller and it is another seller's (the sales API answers 404 then too, as if it did not
     * exist). Who reaches the door at all is the asking endpoint's rule.
     */
    Optional<ProspectRef> findVisible(long prospectId);

    /**
     * The prospect as the person signed in may work it: empty when there is none, or when the
     * person is a seller (and no manager or admin) and it is another seller's.
     */
    Optional<ProspectRef> findWorkable(long prospectId);

    /**
     * The person {@code contactId} at some prospect, whoever asks; empty when there is none (or no
     * longer). A person keeps their id while the prospect is edited, so other modules may refer to
     * them by it (the privacy module keeps consents per person). Who may see them is who may see
     * their prospect ({@link #findVisible}, {@link #findWorkable}).
     */
    Optional<ProspectContactRef> findContact(long contactId);

    /** The people at the prospect {@code prospectId}, in the order the prospect page lists them. */
    List<ProspectContactRef> contactsOf(long prospectId);

    /** A person at a prospect as other modules see them. */
    record ProspectContactRef(long id, long prospectId, String name, String email, String phone) {}

    /**
     * A prospect as other modules see it.
     *
     * @param owner      the seller whose it is, or {@code null}
     * @param customerId the customer it became, or {@code null}
     */
    record ProspectRef(long id, String name, String email, String owner, Long customerId) {}
}
