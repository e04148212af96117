package org.clientela.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.internal.AnonymisedNames;
import org.clientela.customers.internal.Customer;
import org.clientela.customers.internal.CustomerSearch;
import org.clientela.customers.internal.CustomerSummary;
import org.clientela.customers.internal.Customers;
import org.clientela.customers.internal.PossibleDuplicates;
import org.clientela.platform.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers over JSON: create, read, change with optimistic locking, and search as you type. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApi {

    static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','SALES','SERVICE')";

    private final Customers customers;
    private final CustomerSearch search;
    private final PossibleDuplicates duplicates;
    private final AnonymisedNames names;

    CustomerApi(Customers customers, CustomerSearch search, PossibleDuplicates duplicates, AnonymisedNames names) {
        this.customers = customers;
        this.search = search;
        this.duplicates = duplicates;
        this.names = names;
    }

    /**
     * A page of matches: {@code items}, and whether a next page exists; an anonymised customer's
     * name in the reader's language.
     */
    record CustomerPage(List<CustomerSummary> items, int page, int size, boolean hasNext) {}

    /** A change: every field as for creation, plus the {@code version} that was read. */
    record CustomerUpdate(
            @NotNull Long version, @Valid @NotNull CustomerRequest customer) {}

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request) {
        Customer created = customers.create(request.customerNumber(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.getId()))
                .body(written(created));
    }

    /** A saved customer with the others that may be the same one. */
    private CustomerResponse written(Customer saved) {
        return CustomerResponse.of(saved, names.of(saved), duplicates.of(saved));
    }

    @GetMapping("/{id}")
    CustomerResponse get(@PathVariable long id) {
        Customer customer = customers.get(id);
        return CustomerResponse.of(customer, names.of(customer));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    CustomerResponse update(@PathVariable long id, @Valid @RequestBody CustomerUpdate update) {
        return written(customers.update(id, update.version(), update.customer().details()));
    }

    /**
     * Changes only the fields sent (besides the {@code version} read); a field sent empty is cleared,
     * one not sent stays as it is. Answers like {@code PUT}.
     */
    @PatchMapping("/{id}")
    @PreAuthorize(WRITERS)
    CustomerResponse patch(@PathVariable long id, @Valid @RequestBody CustomerPatch patch) {
        Customer current = customers.get(id);
        return written(customers.update(id, patch.version(), patch.over(current)));
    }

    @GetMapping
    CustomerPage find(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String customerNumber,
            @RequestParam(required = false) LifecycleStatus status,
            @RequestParam(defaultValue = "NAME") CustomerSearch.Sort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        if (customerNumber != null) {
            return new CustomerPage(
                    search.byNumber(customerNumber).stream().map(names::shown).toList(), 0, size, false);
        }
        Slice<CustomerSummary> found = search.search(q, status, sort, page, size);
        return new CustomerPage(
                found.items().stream().map(names::shown).toList(), found.page(), found.size(), found.hasNext());
    }
}
