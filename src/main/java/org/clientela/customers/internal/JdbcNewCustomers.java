package org.clientela.customers.internal;

import java.util.List;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.NewCustomers;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A won customer through the same doors as one typed by hand: the duplicate check of the customer
 * form ({@link PossibleDuplicates}) finds who is already on file, and {@link Customers#create} gives
 * the new one its number, search terms and audit entry.
 */
@Component
class JdbcNewCustomers implements NewCustomers {

    private final Customers customers;
    private final PossibleDuplicates duplicates;
    private final PhoneNumbers phones;
    private final UserDirectory users;

    JdbcNewCustomers(Customers customers, PossibleDuplicates duplicates, PhoneNumbers phones, UserDirectory users) {
        this.customers = customers;
        this.duplicates = duplicates;
        this.phones = phones;
        this.users = users;
    }

    @Override
    @Transactional
    public Enrolment enrol(NewCustomer candidate) {
        String owner = candidate.owner() == null || !users.isActive(candidate.owner()) ? null : candidate.owner();
        CustomerDetails details = new CustomerDetails(
                CustomerKind.COMPANY,
                candidate.name(),
                candidate.taxId(),
                candidate.email(),
                candidate.phone(),
                candidate.address(),
                candidate.city(),
                candidate.postalCode(),
                owner,
                LifecycleStatus.CUSTOMER,
                null,
                List.of(),
                List.of());
        // An unsaved customer gives the duplicate check the same keys a saved one would have.
        Customer unsaved = Customer.create(null, details, java.time.Instant.EPOCH, phones);
        List<PossibleDuplicates.PossibleDuplicate> found = duplicates.of(unsaved);
        if (!found.isEmpty()) {
            PossibleDuplicates.PossibleDuplicate first = found.get(0);
            return new Enrolment(new CustomerRef(first.id(), first.customerNumber(), first.name()), true);
        }
        Customer created = customers.create(null, details);
        return new Enrolment(new CustomerRef(created.getId(), created.getCustomerNumber(), created.getName()), false);
    }
}
