package org.clientela.privacy.web;

import java.util.List;
import org.clientela.customers.CustomerContacts;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerNames;
import org.clientela.platform.ContactPermission.Person;
import org.clientela.platform.NotFoundException;
import org.clientela.sales.ProspectDirectory;
import org.springframework.stereotype.Component;

/**
 * Whom a consents page or call is about, found by the rule of the module that owns the person: a
 * customer or a customer's contact person for everybody who may read consents; a prospect or a
 * person at a prospect only for those who may see that prospect (a seller: their own; another
 * seller's is 404, as on the sales pages), and only for those who may work it when recording.
 */
@Component
class ConsentSubjects {

    /** The kinds of person, by the part of the path that names them ({@code /privacy/consents/<part>/<id>}). */
    enum People {
        CUSTOMERS("customers", Person.Kind.CUSTOMER, true),
        CONTACTS("contacts", Person.Kind.CONTACT, false),
        PROSPECTS("prospects", Person.Kind.PROSPECT, true),
        PROSPECT_CONTACTS("prospect-contacts", Person.Kind.PROSPECT_CONTACT, false);

        /** The path parts, for a request mapping's pattern. */
        static final String PATTERN = "customers|contacts|prospects|prospect-contacts";

        final String path;
        final Person.Kind kind;
        /** Whether their consents are a card on another page (the customer's, the prospect's) rather than a page of their own. */
        final boolean card;

        People(String path, Person.Kind kind, boolean card) {
            this.path = path;
            this.kind = kind;
            this.card = card;
        }

        static People of(String path) {
            for (People people : values()) {
                if (people.path.equals(path)) {
                    return people;
                }
            }
            throw new NotFoundException("people", path);
        }
    }

    /**
     * A person as the consents pages show them.
     *
     * @param name      their name, leading to {@code backUrl}
     * @param backUrl   the page they belong on (the customer's, the prospect's)
     * @param ofWhom    the customer or prospect a contact person is at, else {@code null}
     * @param peopleOf  the kind of their own contact people, listed on their card, else {@code null}
     * @param people    their contact people, each a line on the card leading to their own page
     */
    record Subject(
            People kind,
            Person person,
            String name,
            String backUrl,
            String ofWhom,
            People peopleOf,
            List<Line> people) {

        /** Where the card's form posts, and a person's own page. */
        String action() {
            return ConsentPages.BASE + kind.path + "/" + person.id();
        }
    }

    /** A contact person's line on their company's card. */
    record Line(long id, String name) {}

    private final CustomerDirectory customers;
    private final CustomerContacts contacts;
    private final ProspectDirectory prospects;
    private final CustomerNames names;

    ConsentSubjects(
            CustomerDirectory customers, CustomerContacts contacts, ProspectDirectory prospects, CustomerNames names) {
        this.customers = customers;
        this.contacts = contacts;
        this.prospects = prospects;
        this.names = names;
    }

    /**
     * The person named by {@code path} and {@code id}, as the person signed in may reach them to
     * read ({@code toRecord} false) or to record.
     *
     * @throws NotFoundException when there is no such person, or they may not reach them
     */
    Subject find(String path, long id, boolean toRecord) {
        People kind = People.of(path);
        return switch (kind) {
            case CUSTOMERS -> {
                CustomerDirectory.CustomerRef customer =
                        customers.find(id).orElseThrow(() -> new NotFoundException("customer", id));
                yield new Subject(
                        kind,
                        Person.customer(id),
                        names.shown(id, customer.name()),
                        "/customers/" + id,
                        null,
                        People.CONTACTS,
                        contacts.of(id).stream()
                                .map(c -> new Line(c.id(), c.name()))
                                .toList());
            }
            case CONTACTS -> {
                CustomerContacts.ContactRef contact =
                        contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
                yield new Subject(
                        kind,
                        Person.contact(id),
                        contact.name(),
                        "/customers/" + contact.customerId(),
                        customers
                                .find(contact.customerId())
                                .map(c -> names.shown(c.id(), c.name()))
                                .orElse(null),
                        null,
                        List.of());
            }
            case PROSPECTS -> {
                ProspectDirectory.ProspectRef prospect = prospect(id, toRecord, "prospect", id);
                yield new Subject(
                        kind,
                        Person.prospect(id),
                        prospect.name(),
                        "/sales/prospects/" + id,
                        null,
                        People.PROSPECT_CONTACTS,
                        prospects.contactsOf(id).stream()
                                .map(c -> new Line(c.id(), c.name()))
                                .toList());
            }
            case PROSPECT_CONTACTS -> {
                ProspectDirectory.ProspectContactRef contact =
                        prospects.findContact(id).orElseThrow(() -> new NotFoundException("prospectContact", id));
                ProspectDirectory.ProspectRef prospect =
                        prospect(contact.prospectId(), toRecord, "prospectContact", id);
                yield new Subject(
                        kind,
                        Person.prospectContact(id),
                        contact.name(),
                        "/sales/prospects/" + prospect.id(),
                        prospect.name(),
                        null,
                        List.of());
            }
        };
    }

    private ProspectDirectory.ProspectRef prospect(long prospectId, boolean toRecord, String what, long id) {
        return (toRecord ? prospects.findWorkable(prospectId) : prospects.findVisible(prospectId))
                .orElseThrow(() -> new NotFoundException(what, id));
    }
}
