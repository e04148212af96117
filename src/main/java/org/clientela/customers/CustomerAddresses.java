package org.clientela.customers;

import java.util.Optional;

/**
 * Where to write to a customer: the e-mail address and the postal address, for the letters and
 * notices other modules send. Modules never read the customer tables themselves.
 */
public interface CustomerAddresses {

    /**
     * The customer's addresses, or empty for an unknown customer. The e-mail is the customer's own,
     * else that of their first contact person who has one, else {@code null}.
     */
    Optional<MailingAddress> find(long customerId);

    /**
     * @param customerId the customer
     * @param name       the customer's name, as on an envelope
     * @param email      where e-mail goes, or {@code null} when nobody has one
     * @param address    street and number, or {@code null}
     * @param postalCode postal code, or {@code null}
     * @param city       town or city, or {@code null}
     * @param contactId  the contact person whose e-mail {@code email} is, when it is not the
     *                   customer's own; {@code null} otherwise (a sender asks that person's consent too)
     */
    record MailingAddress(
            long customerId,
            String name,
            String email,
            String address,
            String postalCode,
            String city,
            Long contactId) {

        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }
    }
}
