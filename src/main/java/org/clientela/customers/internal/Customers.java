package org.clientela.customers.internal;

import java.time.Clock;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.TextInput;
import org.clientela.platform.UserDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and reading customers, each change audited and indexed for search. */
@Service
public class Customers {

    private final CustomerRepository repository;
    private final SearchIndex index;
    private final PhoneNumbers phones;
    private final AuditLog audit;
    private final CustomerNumbers numbers;
    private final UserDirectory users;
    private final PossibleDuplicates duplicates;
    private final Clock clock;

    Customers(
            CustomerRepository repository,
            SearchIndex index,
            PhoneNumbers phones,
            AuditLog audit,
            CustomerNumbers numbers,
            UserDirectory users,
            PossibleDuplicates duplicates,
            Clock clock) {
        this.duplicates = duplicates;
        this.repository = repository;
        this.index = index;
        this.phones = phones;
        this.audit = audit;
        this.numbers = numbers;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Creates a customer; without a customer number the next free one in the business's format is
     * given ({@link CustomerNumbers}). An owner must be an active user (error on {@code owner}).
     */
    @Transactional
    public Customer create(String customerNumber, CustomerDetails details) {
        tagsFit(details);
        ownerIsUser(details.owner(), null);
        String number = customerNumber == null || customerNumber.isBlank() ? numbers.next() : customerNumber.strip();
        if (repository.existsByCustomerNumber(number)) {
            throw new InvalidInputException(InputError.field("customerNumber", "customers.number.taken", number));
        }
        Customer saved = store(Customer.create(number, details, clock.instant(), phones));
        index.reindex(saved);
        audit.record(
                "CUSTOMER_CREATED",
                "customer",
                saved.getId(),
                saved.getCustomerNumber() + " " + saved.getName(),
                null,
                saved.details(),
                saved.getName());
        return saved;
    }

    /**
     * Changes a customer that was read at {@code expectedVersion}; if someone else saved it since,
     * nothing is written and the caller is told (no silent overwrite). A new owner must be an active
     * user (error on {@code owner}); an owner kept as it was is not asked about (an imported name).
     */
    @Transactional
    public Customer update(long id, long expectedVersion, CustomerDetails details) {
        tagsFit(details);
        Customer customer = get(id);
        ownerIsUser(details.owner(), customer.getOwnerUsername());
        if (customer.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        CustomerDetails before = customer.details();
        customer.apply(details, clock.instant(), phones);
        Customer saved = store(customer);
        index.reindex(saved);
        audit.record(
                "CUSTOMER_UPDATED",
                "customer",
                id,
                saved.getCustomerNumber() + " " + saved.getName(),
                before,
                saved.details(),
                saved.getName());
        return saved;
    }

    /**
     * Saves the customer and answers it as stored. Spring Data JDBC writes known contacts (with their
     * id) and new ones in separate batches, in an order that changes from one run of the JVM to the
     * next, and rebuilds the saved list from them in that order, so the customer it hands back may
     * list its contacts out of place although their rows hold the right positions. Read back, the
     * contacts come in their stored order.
     */
    private Customer store(Customer customer) {
        long id = repository.save(customer).getId();
        return get(id);
    }

    /** An owner is a user who may be given work: an unknown or inactive name is refused. */
    private void ownerIsUser(String owner, String current) {
        String wanted = owner == null || owner.isBlank() ? null : owner.strip();
        if (wanted != null && !wanted.equals(current) && !users.isActive(wanted)) {
            throw new InvalidInputException(InputError.field("owner", "user.owner.unknown", wanted));
        }
    }

    /** Each tag as its column holds it: at most 50 characters, one line. */
    private static void tagsFit(CustomerDetails details) {
        for (String tag : details.tags()) {
            TextInput.require("tags", tag, 50, false);
        }
    }

    /** Adds a contact person to a customer read at {@code expectedVersion}. */
    @Transactional
    public Customer addContact(long id, long expectedVersion, Contact contact) {
        return changeContacts(id, expectedVersion, "CONTACT_ADDED", customer -> {
            customer.addContact(contact, clock.instant());
            return contact.name();
        });
    }

    /** Removes the contact at {@code index} of a customer read at {@code expectedVersion}. */
    @Transactional
    public Customer removeContact(long id, long expectedVersion, int index) {
        return changeContacts(id, expectedVersion, "CONTACT_REMOVED", customer -> {
            String name = index >= 0 && index < customer.getContacts().size()
                    ? customer.getContacts().get(index).name()
                    : null;
            if (!customer.removeContact(index, clock.instant())) {
                throw new NotFoundException("contact", index);
            }
            return name;
        });
    }

    private Customer changeContacts(
            long id, long expectedVersion, String action, java.util.function.Function<Customer, String> change) {
        Customer customer = get(id);
        if (customer.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Customer " + id + " changed since version " + expectedVersion);
        }
        CustomerDetails before = customer.details();
        String who = change.apply(customer);
        Customer saved = store(customer);
        index.reindex(saved);
        audit.record(
                action,
                "customer",
                id,
                saved.getCustomerNumber() + " " + saved.getName() + ": " + who,
                before,
                saved.details(),
                saved.getName(),
                who == null ? "" : who);
        return saved;
    }

    /** The other customers that may be {@code customer} (same tax id, e-mail or phone). */
    public java.util.List<PossibleDuplicates.PossibleDuplicate> possibleDuplicatesOf(Customer customer) {
        return duplicates.of(customer);
    }

    @Transactional(readOnly = true)
    public Customer get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("customer", id));
    }
}
