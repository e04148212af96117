package org.clientela.platform;

/**
 * Whether the business may reach a customer by a channel for a purpose, as the customer's consents
 * stand now. Every module that sends a marketing or survey message asks first; a message that
 * answers the customer's own case is neither and does not ask. The privacy module answers.
 */
public interface ContactPermission {

    /** How a message reaches a person. */
    enum Channel {
        EMAIL,
        PHONE,
        SMS,
        WHATSAPP,
        POST
    }

    /** What a message is for. */
    enum Purpose {
        /** Offers, newsletters, invitations to the club. */
        MARKETING,
        /** Asking how satisfied the customer is. */
        SURVEYS
    }

    /** Whether a {@code purpose} message may go to the customer by {@code channel} now. */
    boolean allows(long customerId, Channel channel, Purpose purpose);
}
