package org.clientela.privacy.internal.erasure;

import org.clientela.platform.StateConflict;

/**
 * A prospect that cannot be erased as a prospect: it was already anonymised, or it was won and is
 * erased as the customer it became ({@code POST /api/v1/customers/{customerId}/erasure}).
 */
public class ProspectErasureConflict extends StateConflict {

    private final long prospectId;
    private final Long customerId;

    ProspectErasureConflict(long prospectId, Long customerId) {
        super(
                customerId == null
                        ? "Prospect " + prospectId + " is already anonymised"
                        : "Prospect " + prospectId + " became customer " + customerId + ": erase the customer",
                null,
                null,
                customerId == null ? "erasure-state" : "prospect-is-customer",
                customerId == null ? "privacy.prospectData.anonymised" : "privacy.prospectData.won");
        this.prospectId = prospectId;
        this.customerId = customerId;
    }

    /** The customer the prospect became, whose erasure to use instead; {@code null} when already anonymised. */
    public Long customerId() {
        return customerId;
    }

    @Override
    public Object[] messageArgs() {
        // Ids are names, not quantities: as text, so that 10514 is never written "10.514".
        String prospect = Long.toString(prospectId);
        return customerId == null ? new Object[] {prospect} : new Object[] {prospect, customerId.toString()};
    }
}
