package org.clientela.customers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.clientela.customers.CustomerId;
import org.clientela.customers.CustomerMatches;
import org.clientela.platform.PhoneNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers by the keys {@link PossibleDuplicates} compares: one indexed look-up per key, and for a
 * list the keys of all its records in one statement.
 */
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
        Map<String, Match>[] oldest = oldestBy(taxKeys, emailKeys, phoneKeys);
        Map<String, Match> byTax = oldest[0];
        Map<String, Match> byEmail = oldest[1];
        Map<String, Match> byPhone = oldest[2];
        List<Match> result = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            result.add(
                    Stream.of(byTax.get(taxKeys.get(i)), byEmail.get(emailKeys.get(i)), byPhone.get(phoneKeys.get(i)))
                            .filter(Objects::nonNull)
                            .min(Comparator.comparingLong(m -> m.id().value()))
                            .orElse(null));
        }
        return result;
    }

    /**
     * The oldest customer of each tax key, e-mail key and phone among {@code taxKeys}, {@code
     * emailKeys} and {@code phoneKeys}: one statement for the three and for however many records,
     * each kind of key passed as one array and looked up by its index, so that a whole list costs
     * one round trip instead of three per thousand records.
     */
    private Map<String, Match>[] oldestBy(List<String> taxKeys, List<String> emailKeys, List<String> phoneKeys) {
        @SuppressWarnings("unchecked")
        Map<String, Match>[] oldest = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>()};
        String[] tax = distinct(taxKeys);
        String[] email = distinct(emailKeys);
        String[] phone = distinct(phoneKeys);
        if (tax.length + email.length + phone.length == 0) {
            return oldest;
        }
        jdbc.sql("""
                SELECT 0, tax_key, id, customer_number, name FROM customer WHERE tax_key = ANY(:tax)
                UNION ALL
                SELECT 1, email_key, id, customer_number, name FROM customer WHERE email_key = ANY(:email)
                UNION ALL
                SELECT 2, phone_digits, id, customer_number, name FROM customer WHERE phone_digits = ANY(:phone)""")
                .param("tax", new SqlArrayValue("varchar", (Object[]) tax))
                .param("email", new SqlArrayValue("varchar", (Object[]) email))
                .param("phone", new SqlArrayValue("varchar", (Object[]) phone))
                .query((rs, n) -> {
                    Match match = new Match(CustomerId.of(rs.getLong(3)), rs.getString(4), rs.getString(5));
                    oldest[rs.getInt(1)].merge(
                            rs.getString(2), match, (a, b) -> a.id().value() <= b.id().value() ? a : b);
                    return null;
                })
                .list();
        return oldest;
    }

    private static String[] distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
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
