package org.clientela.sales.internal.prospects;

import java.util.ArrayList;
import java.util.List;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people at a prospect, added, changed and removed one at a time by whoever may change the
 * prospect. A contact is named by its place in the list, so each change carries the prospect's
 * version: a list someone else changed meanwhile is refused rather than edited at the wrong place.
 * A changed person keeps their id (and so their consents).
 */
@Service
public class ProspectContacts {

    private final ProspectBook book;
    private final Prospects prospects;
    private final AuditLog audit;

    ProspectContacts(ProspectBook book, Prospects prospects, AuditLog audit) {
        this.book = book;
        this.prospects = prospects;
        this.audit = audit;
    }

    @Transactional
    public Prospect add(long prospectId, long version, ProspectContact contact, SalesUser who) {
        Prospect current = writable(prospectId, who);
        check(contact);
        List<ProspectContact> people = new ArrayList<>(current.contacts());
        if (people.size() >= Prospect.CONTACTS_MAX) {
            throw new InvalidInputException(
                    InputError.field("name", "sales.prospect.contacts.tooMany", Prospect.CONTACTS_MAX));
        }
        people.add(contact);
        Prospect saved = save(current, version, people);
        audit.record(
                "PROSPECT_CONTACT_ADDED",
                "prospect",
                prospectId,
                "Contact added",
                null,
                contact,
                current.name(),
                contact.name());
        return saved;
    }

    @Transactional
    public Prospect change(long prospectId, long version, int index, ProspectContact contact, SalesUser who) {
        Prospect current = writable(prospectId, who);
        ProspectContact before = at(current, index);
        check(contact);
        List<ProspectContact> people = new ArrayList<>(current.contacts());
        people.set(index, contact.withId(before.id()));
        Prospect saved = save(current, version, people);
        audit.record(
                "PROSPECT_CONTACT_CHANGED",
                "prospect",
                prospectId,
                "Contact changed",
                before,
                contact,
                current.name(),
                contact.name());
        return saved;
    }

    @Transactional
    public Prospect remove(long prospectId, long version, int index, SalesUser who) {
        Prospect current = writable(prospectId, who);
        ProspectContact before = at(current, index);
        List<ProspectContact> people = new ArrayList<>(current.contacts());
        people.remove(index);
        Prospect saved = save(current, version, people);
        audit.record(
                "PROSPECT_CONTACT_REMOVED",
                "prospect",
                prospectId,
                "Contact removed",
                before,
                null,
                current.name(),
                before.name());
        return saved;
    }

    /** The contact at {@code index} of a prospect {@code who} may read. */
    @Transactional(readOnly = true)
    public ProspectContact get(long prospectId, int index, SalesUser who) {
        return at(book.get(prospectId, who), index);
    }

    private Prospect writable(long prospectId, SalesUser who) {
        Prospect current = book.get(prospectId, who);
        ProspectBook.requireWrites(who);
        return current;
    }

    private static ProspectContact at(Prospect prospect, int index) {
        if (index < 0 || index >= prospect.contacts().size()) {
            throw new NotFoundException("ProspectContact", prospect.id() + "/" + index);
        }
        return prospect.contacts().get(index);
    }

    private static void check(ProspectContact contact) {
        List<InputError> errors = new ArrayList<>();
        contact.check(errors, "");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Writes the prospect with its new list, when it is still at the {@code version} the person read;
     * the update itself checks the version again against a change in between.
     */
    private Prospect save(Prospect current, long version, List<ProspectContact> people) {
        if (current.version() != version) {
            throw new OptimisticLockingFailureException("Prospect " + current.id() + " changed since it was read");
        }
        return prospects.update(current.withContacts(people));
    }
}
