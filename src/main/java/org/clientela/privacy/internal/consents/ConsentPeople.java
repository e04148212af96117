package org.clientela.privacy.internal.consents;

import org.clientela.customers.CustomerContacts;
import org.clientela.customers.CustomerDirectory;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.ProspectDirectory;
import org.springframework.stereotype.Component;

/**
 * Who a consent is about: whether the person exists, and the customer they are or belong to (a
 * contact's customer, the customer a prospect became), which the history keeps so that a
 * customer's export carries their people's consents too. Asked of the modules that own the people.
 */
@Component
public class ConsentPeople {

    private final CustomerDirectory customers;
    private final CustomerContacts contacts;
    private final ProspectDirectory prospects;

    ConsentPeople(CustomerDirectory customers, CustomerContacts contacts, ProspectDirectory prospects) {
        this.customers = customers;
        this.contacts = contacts;
        this.prospects = prospects;
    }

    /**
     * The customer {@code person} is or belongs to; {@code null} for a prospect that is no customer.
     *
     * @throws NotFoundException naming the kind of person, when there is none with that id
     */
    public Long customerOf(Person person) {
        return switch (person.kind()) {
            case CUSTOMER ->
                customers
                        .find(person.id())
                        .map(CustomerDirectory.CustomerRef::id)
                        .orElseThrow(() -> new NotFoundException("customer", person.id()));
            case CONTACT ->
                contacts.find(person.id())
                        .map(CustomerContacts.ContactRef::customerId)
                        .orElseThrow(() -> new NotFoundException("contact", person.id()));
            case PROSPECT ->
                prospects
                        .find(person.id())
                        .orElseThrow(() -> new NotFoundException("prospect", person.id()))
                        .customerId();
        };
    }

    /** @throws NotFoundException when there is no such person */
    public void require(Person person) {
        customerOf(person);
    }
}
