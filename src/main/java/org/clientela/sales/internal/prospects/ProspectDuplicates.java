package org.clientela.sales.internal.prospects;

import java.util.List;
import java.util.Optional;
import org.clientela.customers.CustomerMatches;
import org.clientela.platform.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * The record a prospect may already be, by tax id, e-mail or phone however written: a customer
 * first (a seller must not cold-call a customer), then another prospect.
 */
@Component
public class ProspectDuplicates {

    private final Prospects prospects;
    private final CustomerMatches customers;
    private final PhoneNumbers phones;

    ProspectDuplicates(Prospects prospects, CustomerMatches customers, PhoneNumbers phones) {
        this.prospects = prospects;
        this.customers = customers;
        this.phones = phones;
    }

    /** The first match of these details, other than the prospect {@code exceptId}. */
    public Optional<DuplicateOf> of(ProspectDetails details, Long exceptId) {
        List<CustomerMatches.Match> asCustomers = customers.matching(details.taxId(), details.email(), details.phone());
        if (!asCustomers.isEmpty()) {
            CustomerMatches.Match m = asCustomers.get(0);
            return Optional.of(
                    new DuplicateOf(DuplicateOf.Type.CUSTOMER, m.id().value(), m.name(), m.customerNumber()));
        }
        return prospects
                .matching(
                        TaxIds.key(details.taxId()),
                        ProspectKeys.emailKey(details.email()),
                        phones.nationalDigits(details.phone()),
                        exceptId)
                .stream()
                .findFirst()
                .map(p -> new DuplicateOf(DuplicateOf.Type.PROSPECT, p.id(), p.name(), null));
    }
}
