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
     * Whom a person's consents also concern: the customer they are or belong to, the prospect they
     * are or are at; either {@code null} when there is none.
     */
    public record Whose(Long customerId, Long prospectId) {}

    /**
     * The customer and the prospect {@code person} is or belongs to (a prospect's people belong to
     * the customer it became, if it did).
     *
     * @throws NotFoundException naming the kind of person, when there is none with that id
     */
    public Whose whose(Person person) {
        return switch (person.kind()) {
            case CUSTOMER ->
                new Whose(
                        customers
                                .find(person.id())
                                .map(CustomerDirectory.CustomerRef::id)
                                .orElseThrow(() -> new NotFoundException("customer", person.id())),
                        null);
            case CONTACT ->
                new Whose(
                        contacts.find(person.id())
                                .map(CustomerContacts.ContactRef::customerId)
                                .orElseThrow(() -> new NotFoundException("contact", person.id())),
                        null);
            case PROSPECT -> ofProspect(person.id(), "prospect", person.id());
            case PROSPECT_CONTACT ->
                ofProspect(
                        prospects
                                .findContact(person.id())
                                .map(ProspectDirectory.ProspectContactRef::prospectId)
                                .orElseThrow(() -> new NotFoundException("prospectContact", person.id())),
                        "prospectContact",
                        person.id());
        };
    }

    private Whose ofProspect(long prospectId, String kind, long personId) {
        ProspectDirectory.ProspectRef prospect =
                prospects.find(prospectId).orElseThrow(() -> new NotFoundException(kind, personId));
        return new Whose(prospect.customerId(), prospect.id());
    }

    /** The customer {@code person} is or belongs to; {@code null} for a prospect's that is no customer. */
    public Long customerOf(Person person) {
        return whose(person).customerId();
    }

    /** @throws NotFoundException when there is no such person */
    public void require(Person person) {
        whose(person);
    }
}
