package org.clientela.platform;

/**
 * The one-click way out that every e-mail to a customer carries (the {@code List-Unsubscribe}
 * header): a link, of this application's public address, that withdraws the customer's consent to
 * one channel and purpose. The privacy module makes and honours them.
 */
public interface UnsubscribeLinks {

    /** A new absolute link that withdraws the customer's consent to {@code purpose} by {@code channel}. */
    String create(long customerId, ContactPermission.Channel channel, ContactPermission.Purpose purpose);
}
