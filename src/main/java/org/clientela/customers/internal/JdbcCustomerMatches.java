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
