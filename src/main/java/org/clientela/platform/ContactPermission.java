package org.clientela.platform;

/**
 * Whether the business may reach a person by a channel for a purpose, as the person's consents
 * stand now. The person is a customer, one of a customer's contact people, a prospect, or one of a
 * prospect's contact people; each has consents of their own. Every module that sends a marketing or survey message asks first; a
 * message that answers the customer's own case is neither and does not ask. The privacy module
 * answers.
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

    /**
     * Someone the business may write to, named by the table they live in and their id there.
     *
     * @param kind a customer ({@code customer}), a customer's contact person ({@code contact}), a
     *             prospect ({@code sales_prospect}) or a prospect's contact person
     *             ({@code sales_prospect_contact})
     */
    record Person(Kind kind, long id) {

        /** Which kind of person, that is which table the id is of. */
        public enum Kind {
            CUSTOMER,
            CONTACT,
            PROSPECT,
            PROSPECT_CONTACT
        }

        public Person {
            if (kind == null) {
                throw new IllegalArgumentException("kind is required");
            }
        }

        public static Person customer(long id) {
            return new Person(Kind.CUSTOMER, id);
        }

        public static Person contact(long id) {
            return new Person(Kind.CONTACT, id);
        }

        public static Person prospect(long id) {
            return new Person(Kind.PROSPECT, id);
        }

        public static Person prospectContact(long id) {
            return new Person(Kind.PROSPECT_CONTACT, id);
        }
    }

    /** Whether a {@code purpose} message may go to {@code person} by {@code channel} now. */
    boolean allows(Person person, Channel channel, Purpose purpose);

    /** Whether a {@code purpose} message may go to the customer by {@code channel} now. */
    default boolean allows(long customerId, Channel channel, Purpose purpose) {
        return allows(Person.customer(customerId), channel, purpose);
    }
}
