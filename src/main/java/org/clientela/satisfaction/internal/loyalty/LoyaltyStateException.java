package org.clientela.satisfaction.internal.loyalty;

import org.clientela.platform.StateConflict;

/**
 * The club refused a move that the moment does not allow: recomputing while another instance is
 * at it, inviting a customer who is a member already. 409 {@code loyalty-state}.
 */
public class LoyaltyStateException extends StateConflict {

    LoyaltyStateException(String messageKey) {
        super(messageKey, null, null, "loyalty-state", messageKey);
    }

    static LoyaltyStateException busy() {
        return new LoyaltyStateException("satisfaction.loyalty.recompute.busy");
    }

    static LoyaltyStateException alreadyMember() {
        return new LoyaltyStateException("satisfaction.loyalty.invite.alreadyMember");
    }
}
