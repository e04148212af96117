package org.clientela.customers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerMatches;
import org.clientela.platform.PhoneNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Customers by the keys {@link PossibleDuplicates} compares: one indexed look-up per key. */
@Component
class JdbcCustomerMatches implements CustomerMatches {

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;

    JdbcCustomerMatches(JdbcClient jdbc, PhoneNumbers phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> matching(String taxId, String email, String phone) {
        Map<Long, Match> found = new LinkedHashMap<>();
        match(found, "tax_key", DuplicateKeys.taxId(taxId));
        match(found, "email_key", DuplicateKeys.email(email));
        String digits = phones.nationalDigits(phone);
        if (digits != null && digits.length() >= PossibleDuplicates.MIN_PHONE_DIGITS) {
            match(found, "phone_digits", digits);
        }
        List<Match> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparingLong(m -> m.id().value()));
        return result.size() > PossibleDuplicates.LIMIT
                ? List.copyOf(result.subList(0, PossibleDuplicates.LIMIT))
                : List.copyOf(result);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Match> firstMatches(List<Keys> records) {
        List<String> taxKeys = new ArrayList<>();
        List<String> emailKeys = new ArrayList<>();
        List<String> phoneKeys = new ArrayList<>();
        for (Keys keys : records) {
            taxKeys.add(DuplicateKeys.taxId(keys.taxId()));
            emailKeys.add(DuplicateKeys.email(keys.email()));
            String digits = phones.nationalDigits(keys.phone());
            phoneKeys.add(digits != null && digits.length() >= PossibleDuplicates.MIN_PHONE_DIGITS ? digits : null);
        }
        Map<String, Match> byTax = oldestBy("tax_key", taxKeys);
        Map<String, Match> byEmail = oldestBy("email_key", emailKeys);
        Map<String, Match> byPhone = oldestBy("phone_digits", phoneKeys);
        List<Match> result = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            result.add(java.util.stream.Stream.of(
                            byTax.get(taxKeys.get(i)), byEmail.get(emailKeys.get(i)), byPhone.get(phoneKeys.get(i)))
                    .filter(java.util.Objects::nonNull)
                    .min(Comparator.comparingLong(m -> m.id().value()))
                    .orElse(null));
        }
        return result;
    }

    /** The oldest customer of each of {@code values} in {@code column}, in chunks the IN list allows. */
    private Map<String, Match> oldestBy(String column, List<String> values) {
        List<String> wanted =
                values.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Match> oldest = new java.util.HashMap<>();
        for (int from = 0; from < wanted.size(); from += 1000) {
            jdbc.sql("SELECT " + column + ", id, customer_number, name FROM customer WHERE " + column + " IN (:values)")
                    .param("values", wanted.subList(from, Math.min(wanted.size(), from + 1000)))
                    .query((rs, n) -> Map.entry(
                            rs.getString(1), new Match(CustomerId.of(rs.getLong(2)), rs.getString(3), rs.getString(4))))
                    .list()
                    .forEach(e ->
                            oldest.merge(e.getKey(), e.getValue(), (a, b) -> a.id().value() <= b.id().value() ? a : b));
        }
        return oldest;
    }

    private void match(Map<Long, Match> found, String column, String value) {
        if (value == null) {
            return;
        }
        jdbc.sql("SELECT id, customer_number, name FROM customer WHERE " + column + " = :value ORDER BY id LIMIT "
                        + PossibleDuplicates.LIMIT)
                .param("value", value)
                .query((rs, n) -> new Match(CustomerId.of(rs.getLong(1)), rs.getString(2), rs.getString(3)))
                .list()
                .forEach(m -> found.putIfAbsent(m.id().value(), m));
    }
}
