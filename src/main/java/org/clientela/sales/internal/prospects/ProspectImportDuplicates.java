package org.clientela.sales.internal.prospects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.clientela.customers.CustomerMatches;
import org.clientela.platform.PhoneNumbers;
import org.clientela.sales.ProspectImportResult.DuplicateOf;
import org.clientela.sales.internal.prospects.ProspectImportWriter.Written;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record each imported prospect may already be, as {@link ProspectDuplicates} finds it for one
 * prospect saved from the form — a customer first, then another prospect by tax id, e-mail or phone
 * — but for a whole chunk in a few queries. The prospect a row updates (same external id) is itself,
 * not a duplicate; a row is a duplicate only of prospects stored before it, as it would be if the
 * rows had been typed in one by one, so that importing the same file again warns the same rows.
 */
@Component
class ProspectImportDuplicates {

    private static final int MIN_PHONE_DIGITS = 6;

    private final CustomerMatches customers;
    private final JdbcClient jdbc;
    private final PhoneNumbers phones;

    ProspectImportDuplicates(CustomerMatches customers, JdbcClient jdbc, PhoneNumbers phones) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.phones = phones;
    }

    /** For each written row, at the same index, what it may already be; {@code null} where nothing. */
    List<DuplicateOf> of(List<Written> written) {
        List<CustomerMatches.Match> asCustomers = customers.firstMatches(written.stream()
                .map(w -> new CustomerMatches.Keys(
                        w.prospect().taxId(), w.prospect().email(), w.prospect().phone()))
                .toList());
        List<String> taxKeys = new ArrayList<>();
        List<String> emailKeys = new ArrayList<>();
        List<String> phoneKeys = new ArrayList<>();
        for (Written w : written) {
            taxKeys.add(TaxIds.key(w.prospect().taxId()));
            emailKeys.add(ProspectKeys.emailKey(w.prospect().email()));
            String digits = phones.nationalDigits(w.prospect().phone());
            phoneKeys.add(digits != null && digits.length() >= MIN_PHONE_DIGITS ? digits : null);
        }
        Map<String, List<Found>> byTax = prospectsBy("tax_id_key", taxKeys);
        Map<String, List<Found>> byEmail = prospectsBy("email_key", emailKeys);
        Map<String, List<Found>> byPhone = prospectsBy("phone_digits", phoneKeys);
        List<DuplicateOf> result = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            CustomerMatches.Match customer = asCustomers.get(i);
            if (customer != null) {
                result.add(
                        new DuplicateOf("CUSTOMER", customer.id().value(), customer.name(), customer.customerNumber()));
                continue;
            }
            long self = written.get(i).prospect().id();
            result.add(
                    Stream.of(byTax.get(taxKeys.get(i)), byEmail.get(emailKeys.get(i)), byPhone.get(phoneKeys.get(i)))
                            .filter(Objects::nonNull)
                            .flatMap(List::stream)
                            .filter(f -> f.id() < self)
                            .min(Comparator.comparingLong(Found::id))
                            .map(f -> new DuplicateOf("PROSPECT", f.id(), f.name(), null))
                            .orElse(null));
        }
        return result;
    }

    private record Found(long id, String name) {}

    private Map<String, List<Found>> prospectsBy(String column, List<String> values) {
        List<String> wanted =
                values.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, List<Found>> found = new HashMap<>();
        if (wanted.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + column + ", id, name FROM sales_prospect WHERE " + column + " IN (:values)")
                .param("values", wanted)
                .query((rs, n) -> found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new Found(rs.getLong(2), rs.getString(3))))
                .list();
        return found;
    }
}
