package org.clientela.customers.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other customers that may be this one: the same tax id, the same e-mail (whatever its case) or the
 * same phone (however it is written: with or without +34 or 0034, spaces, dashes or brackets). Said
 * to whoever creates or changes a customer, never enforced: two shops of one company share a phone.
 * Three look-ups by index, whatever the number of customers.
 */
@Component
public class PossibleDuplicates {

    /** How many are named at most. */
    static final int LIMIT = 10;
    /** Shorter phone numbers (extensions, typing half a number) match too much to mean anything. */
    static final int MIN_PHONE_DIGITS = 6;

    private final JdbcClient jdbc;

    PossibleDuplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What two customers have in common. */
    public enum MatchedOn {
        TAX_ID,
        EMAIL,
        PHONE
    }

    /** A customer that may be the same as the one saved. */
    public record PossibleDuplicate(long id, String customerNumber, String name, Set<MatchedOn> matchedOn)
            implements java.io.Serializable {}

    /** The customers other than {@code customer} that share its tax id, e-mail or phone, oldest first. */
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> of(Customer customer) {
        Map<Long, PossibleDuplicate> found = new LinkedHashMap<>();
        String tax = DuplicateKeys.taxId(customer.getTaxId());
        String email = DuplicateKeys.email(customer.getEmail());
        String phone = customer.getPhoneDigits();
        // One indexed query per kind, rather than one with OR, which H2 answers by reading every row.
        match(found, customer, "tax_key", tax, MatchedOn.TAX_ID);
        match(found, customer, "email_key", email, MatchedOn.EMAIL);
        if (phone != null && phone.length() >= MIN_PHONE_DIGITS) {
            match(found, customer, "phone_digits", phone, MatchedOn.PHONE);
        }
        List<PossibleDuplicate> result = new ArrayList<>(found.values());
        result.sort(java.util.Comparator.comparingLong(PossibleDuplicate::id));
        return result.size() > LIMIT ? List.copyOf(result.subList(0, LIMIT)) : List.copyOf(result);
    }

    private void match(
            Map<Long, PossibleDuplicate> found, Customer customer, String column, String value, MatchedOn kind) {
        if (value == null) {
            return;
        }
        jdbc.sql("SELECT id, customer_number, name FROM customer WHERE " + column
                        + " = :value AND id <> :id AND blocked_at IS NULL" + " ORDER BY id LIMIT " + LIMIT)
                .param("value", value)
                .param("id", customer.getId() == null ? -1L : customer.getId())
                .query((rs, n) -> new PossibleDuplicate(rs.getLong(1), rs.getString(2), rs.getString(3), Set.of(kind)))
                .list()
                .forEach(match -> found.merge(match.id(), match, (before, more) -> {
                    Set<MatchedOn> on = EnumSet.copyOf(before.matchedOn());
                    on.add(kind);
                    return new PossibleDuplicate(before.id(), before.customerNumber(), before.name(), on);
                }));
    }
}
