package org.clientela.service.internal.letters;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerLookup;
import org.clientela.platform.Role;
import org.clientela.platform.SearchSource;
import org.clientela.service.internal.cases.CaseNumbers;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Letters in the header search: by their number ({@code 57}, {@code carta 57}, {@code letter 57}),
 * the letters of the case whose number was typed, or, for a name, the latest letters to the
 * customers of that name. Each is one indexed lookup (primary key, letters by case, letters by
 * customer). Every role reads letters.
 */
@Component
class LetterSearchSource implements SearchSource {

    private static final Pattern NUMBER =
            Pattern.compile("(?:L|CARTA|LETTER|Nº|NO\\.?)?\\s*[-#]?\\s*(\\d{1,18})", Pattern.CASE_INSENSITIVE);
    private static final int CUSTOMERS_BY_NAME = 5;

    private record Found(long id, String subject, long customerId) {}

    private final CaseNumbers caseNumbers;
    private final CustomerLookup lookup;
    private final CustomerDirectory directory;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    LetterSearchSource(
            CaseNumbers caseNumbers,
            CustomerLookup lookup,
            CustomerDirectory directory,
            MessageSource messages,
            JdbcClient jdbc) {
        this.caseNumbers = caseNumbers;
        this.lookup = lookup;
        this.directory = directory;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "LETTER";
    }

    @Override
    public String titleKey() {
        return "service.search.group.letters";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        Map<Long, Found> found = new LinkedHashMap<>();
        Matcher number = NUMBER.matcher(text.strip());
        if (number.matches()) {
            select("id = :key", Long.parseLong(number.group(1)), limit).forEach(l -> found.put(l.id(), l));
        }
        for (Long caseId : caseNumbers.find(text, limit)) {
            select("case_id = :key", caseId, limit).forEach(l -> found.putIfAbsent(l.id(), l));
        }
        if (found.isEmpty() && text.codePoints().filter(Character::isLetter).count() >= 2) {
            for (CustomerRef customer : lookup.search(text, CUSTOMERS_BY_NAME)) {
                select("customer_id = :key", customer.id(), limit).forEach(l -> found.putIfAbsent(l.id(), l));
            }
        }
        List<Found> letters = found.values().stream().limit(limit).toList();
        Map<Long, CustomerRef> customers =
                directory.findAll(letters.stream().map(Found::customerId).toList());
        return letters.stream()
                .map(l -> new SearchHit(
                        l.id(), label(l, customers.get(l.customerId()), locale), "/service/letters/" + l.id()))
                .toList();
    }

    /** Letters where {@code condition} holds for {@code key}, newest first. */
    private List<Found> select(String condition, long key, int limit) {
        return jdbc.sql("SELECT id, subject, customer_id FROM service_letter WHERE " + condition + " AND "
                        + BlockedCustomers.visible("service_letter.customer_id")
                        + " ORDER BY id DESC LIMIT :limit")
                .param("key", key)
                .param("limit", limit)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    private String label(Found letter, CustomerRef customer, Locale locale) {
        return messages.getMessage("service.search.letter.number", new Object[] {String.valueOf(letter.id())}, locale)
                + " · " + letter.subject() + (customer == null ? "" : " · " + customer.name());
    }
}
