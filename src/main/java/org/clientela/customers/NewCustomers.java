package org.clientela.customers;

/**
 * Enrolling a customer that another module has won (a prospect that said yes): a new customer from
 * what that module knows of it, or the customer already on file when one has the same tax id, phone
 * or e-mail, so that a win never makes a second record of someone who already buys.
 */
public interface NewCustomers {

    /**
     * The customer {@code candidate} is: the oldest existing customer with its tax id, e-mail or phone,
     * or else a new one (numbered, indexed for search and audited as any customer created by hand).
     */
    Enrolment enrol(NewCustomer candidate);

    /**
     * What is known of the one to enrol. The name is required; every other value may be null. An owner
     * who is no longer an active user is left out rather than refusing the customer.
     */
    record NewCustomer(
            String name,
            String taxId,
            String email,
            String phone,
            String address,
            String city,
            String postalCode,
            String owner) {}

    /** The customer enrolled, and whether it was already on file. */
    record Enrolment(CustomerDirectory.CustomerRef customer, boolean existing) {

        public CustomerId customerId() {
            return CustomerId.of(customer.id());
        }
    }
}
