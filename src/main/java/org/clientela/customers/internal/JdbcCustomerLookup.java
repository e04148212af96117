package org.clientela.customers.internal;

import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.CustomerLookup;
import org.clientela.customers.LifecycleStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcCustomerLookup implements CustomerLookup {

    private final CustomerSearch search;
    private final Customers customers;

    JdbcCustomerLookup(CustomerSearch search, Customers customers) {
        this.search = search;
        this.customers = customers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerRef> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return search.search(text, null, CustomerSearch.Sort.NAME, 0, limit).items().stream()
                .map(s -> new CustomerRef(s.id(), s.customerNumber(), s.name()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerRef> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        // Through the search index, not a scan of every customer. The index holds the words of the
        // address without its top-level domain, so the query leaves that out too.
        String wanted = email.strip();
        String query = wanted.contains(".") && wanted.lastIndexOf('.') > wanted.indexOf('@')
                ? wanted.substring(0, wanted.lastIndexOf('.'))
                : wanted;
        return search.search(query, null, CustomerSearch.Sort.NAME, 0, 50).items().stream()
                .filter(s -> wanted.equalsIgnoreCase(s.email()))
                .min(java.util.Comparator.comparingLong(CustomerSummary::id))
                .map(s -> new CustomerRef(s.id(), s.customerNumber(), s.name()));
    }

    @Override
    @Transactional
    public CustomerRef registerProspect(String name, String email, String phone) {
        Customer created = customers.create(
                null,
                new CustomerDetails(
                        CustomerKind.PERSON,
                        name,
                        null,
                        email,
                        phone,
                        null,
                        null,
                        null,
                        null,
                        LifecycleStatus.PROSPECT,
                        null,
                        List.of(),
                        List.of()));
        return new CustomerRef(created.getId(), created.getCustomerNumber(), created.getName());
    }
}
