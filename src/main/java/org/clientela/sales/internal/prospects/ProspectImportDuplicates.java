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
        List<DuplicateOf> asCustomers = customersOf(written);
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
            if (asCustomers.get(i) != null) {
                result.add(asCustomers.get(i));
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

    /** For each written row, at the same index, the customer it may already be; {@code null} where none. */
    List<DuplicateOf> customersOf(List<Written> written) {
        return customers
                .firstMatches(written.stream()
                        .map(w -> new CustomerMatches.Keys(
                                w.prospect().taxId(),
                                w.prospect().email(),
                                w.prospect().phone()))
                        .toList())
                .stream()
                .map(c -> c == null ? null : new DuplicateOf("CUSTOMER", c.id().value(), c.name(), c.customerNumber()))
                .toList();
    }

    /**
     * Every prospect from id {@code firstId} on that shares its tax id, e-mail or phone with a prospect
     * stored before it, with the oldest such prospect, by id: what {@link #of} finds chunk by chunk,
     * in three {@code GROUP BY}s over the whole table once a load is written, for a first load that
     * built the table's indexes only at its end. The oldest prospect of a key is the oldest of all
     * who hold it, so each key needs its minimum id, not a join of every pair.
     */
    List<EarlierProspect> earlierProspects(long firstId) {
        return jdbc.sql("""
                SELECT d.id, p.external_id, d.earlier, e.name
                  FROM (SELECT id, MIN(earlier) AS earlier
                          FROM (SELECT p.id, k.earliest AS earlier
                                  FROM sales_prospect p
                                  JOIN (SELECT tax_id_key, MIN(id) AS earliest FROM sales_prospect
                                         WHERE tax_id_key IS NOT NULL GROUP BY tax_id_key) k
                                    ON k.tax_id_key = p.tax_id_key AND k.earliest < p.id
                                 WHERE p.id >= :first
                                UNION ALL
                                SELECT p.id, k.earliest
                                  FROM sales_prospect p
                                  JOIN (SELECT email_key, MIN(id) AS earliest FROM sales_prospect
                                         WHERE email_key IS NOT NULL GROUP BY email_key) k
                                    ON k.email_key = p.email_key AND k.earliest < p.id
                                 WHERE p.id >= :first
                                UNION ALL
                                SELECT p.id, k.earliest
                                  FROM sales_prospect p
                                  JOIN (SELECT phone_digits, MIN(id) AS earliest FROM sales_prospect
                                         WHERE LENGTH(phone_digits) >= :minPhone GROUP BY phone_digits) k
                                    ON k.phone_digits = p.phone_digits AND k.earliest < p.id
                                 WHERE p.id >= :first) m
                         GROUP BY id) d
                  JOIN sales_prospect p ON p.id = d.id
                  JOIN sales_prospect e ON e.id = d.earlier
                 ORDER BY d.id""")
                .param("first", firstId)
                .param("minPhone", MIN_PHONE_DIGITS)
                .query((rs, n) -> new EarlierProspect(
                        rs.getLong(1),
                        rs.getString(2),
                        new DuplicateOf("PROSPECT", rs.getLong(3), rs.getString(4), null)))
                .list();
    }

    /** The prospect {@code id} (its {@code externalId}) may be the earlier prospect {@code duplicateOf}. */
    record EarlierProspect(long id, String externalId, DuplicateOf duplicateOf) {}

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
