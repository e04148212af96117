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
import org.springframework.jdbc.support.SqlArrayValue;
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
        List<DuplicateOf> asCustomers =
                customersOf(written.stream().map(w -> keysOf(w.prospect())).toList());
        List<String> taxKeys = new ArrayList<>();
        List<String> emailKeys = new ArrayList<>();
        List<String> phoneKeys = new ArrayList<>();
        for (Written w : written) {
            taxKeys.add(TaxIds.key(w.prospect().taxId()));
            emailKeys.add(ProspectKeys.emailKey(w.prospect().email()));
            String digits = phones.nationalDigits(w.prospect().phone());
            phoneKeys.add(digits != null && digits.length() >= MIN_PHONE_DIGITS ? digits : null);
        }
        List<Map<String, List<Found>>> found = prospectsBy(taxKeys, emailKeys, phoneKeys);
        Map<String, List<Found>> byTax = found.get(0);
        Map<String, List<Found>> byEmail = found.get(1);
        Map<String, List<Found>> byPhone = found.get(2);
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

    /**
     * For each record's keys, at the same index, the customer it may already be; {@code null} where
     * none: one question to the customers however many records (a first load asks once for its file).
     */
    List<DuplicateOf> customersOf(List<CustomerMatches.Keys> keys) {
        return customers.firstMatches(keys).stream()
                .map(c -> c == null ? null : new DuplicateOf("CUSTOMER", c.id().value(), c.name(), c.customerNumber()))
                .toList();
    }

    /** What a customer is compared by: the prospect's tax id, e-mail and phone as typed. */
    static CustomerMatches.Keys keysOf(Prospect prospect) {
        return new CustomerMatches.Keys(prospect.taxId(), prospect.email(), prospect.phone());
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

    /**
     * The prospects holding each of the tax keys, e-mail keys and phones given, in that order: one
     * statement for the three, each kind of key passed as one array and looked up by its index.
     */
    private List<Map<String, List<Found>>> prospectsBy(
            List<String> taxKeys, List<String> emailKeys, List<String> phoneKeys) {
        List<Map<String, List<Found>>> found = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        String[] tax = distinct(taxKeys);
        String[] email = distinct(emailKeys);
        String[] phone = distinct(phoneKeys);
        if (tax.length + email.length + phone.length == 0) {
            return found;
        }
        jdbc.sql("""
                SELECT 0, tax_id_key, id, name FROM sales_prospect WHERE tax_id_key = ANY(:tax)
                UNION ALL
                SELECT 1, email_key, id, name FROM sales_prospect WHERE email_key = ANY(:email)
                UNION ALL
                SELECT 2, phone_digits, id, name FROM sales_prospect WHERE phone_digits = ANY(:phone)""")
                .param("tax", new SqlArrayValue("varchar", (Object[]) tax))
                .param("email", new SqlArrayValue("varchar", (Object[]) email))
                .param("phone", new SqlArrayValue("varchar", (Object[]) phone))
                .query((rs, n) -> found.get(rs.getInt(1))
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(new Found(rs.getLong(3), rs.getString(4))))
                .list();
        return found;
    }

    private static String[] distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    }
}
