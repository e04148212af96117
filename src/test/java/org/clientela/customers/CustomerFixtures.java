package org.clientela.customers;

import java.util.List;
import org.clientela.customers.internal.CustomerDetails;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.customers.internal.Customers;
import org.springframework.beans.factory.BeanFactory;

/**
 * Customers for other modules' tests and benchmarks, made and found the way this module does it
 * itself (numbered, indexed for the search, written to the audit log), so that those tests need
 * none of its internals. Take it from the test's application context:
 * {@code new CustomerFixtures(context).person("Lucía Báez " + marker)}.
 */
public final class CustomerFixtures {

    private final BeanFactory beans;

    public CustomerFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /** A person who is a customer, known only by name; returns the new customer's id. */
    public long person(String name) {
        return create(name, null, null, null, null, null);
    }

    /** A person who is a customer, with a phone number to call them on. */
    public long personWithPhone(String name, String phone) {
        return create(name, null, phone, null, null, null);
    }

    /** A person who is a customer, with an e-mail address to write to. */
    public long personWithEmail(String name, String email) {
        return create(name, email, null, null, null, null);
    }

    /** A person who is a customer, with a postal address for letters. */
    public long personWithAddress(String name, String address, String city, String postalCode) {
        return create(name, null, null, address, city, postalCode);
    }

    /**
     * How many customers the customer list shows on its first page (by name, 20 a page) for what a
     * person typed into its search box.
     */
    public int foundOnFirstPage(String text) {
        return beans.getBean(CustomerSearch.class)
                .search(text, null, CustomerSearch.Sort.NAME, 0, 20)
                .items()
                .size();
    }

    /** Whether the list shown when nothing is typed in its search box holds the customer {@code id}, on any page. */
    public boolean listedWithoutSearch(long id) {
        CustomerSearch search = beans.getBean(CustomerSearch.class);
        for (int page = 0; ; page++) {
            var slice = search.search(null, null, CustomerSearch.Sort.NAME, page, 500);
            if (slice.items().stream().anyMatch(customer -> customer.id() == id)) {
                return true;
            }
            if (!slice.hasNext()) {
                return false;
            }
        }
    }

    private long create(String name, String email, String phone, String address, String city, String postalCode) {
        return beans.getBean(Customers.class)
                .create(
                        null,
                        new CustomerDetails(
                                CustomerKind.PERSON,
                                name,
                                null,
                                email,
                                phone,
                                address,
                                city,
                                postalCode,
                                null,
                                LifecycleStatus.CUSTOMER,
                                null,
                                List.of(),
                                List.of()))
                .getId();
    }
}
