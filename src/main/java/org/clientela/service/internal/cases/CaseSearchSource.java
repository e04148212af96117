package org.clientela.service.internal.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.customers.CustomerDirectory.CustomerRef;
import org.clientela.customers.CustomerLookup;
import org.clientela.platform.Role;
import org.clientela.platform.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases in the header search: by their number ({@link CaseNumbers}), or, when the text is a
 * name rather than a number, the latest cases of the customers of that name. Every role reads
 * cases.
 */
@Component
class CaseSearchSource implements SearchSource {

    /** How many customers of a name are enough to show their cases. */
    static final int CUSTOMERS_BY_NAME = 5;

    private record Found(long id, String reference, String subject, long customerId) {}

    private final CaseNumbers numbers;
    private final CustomerLookup lookup;
    private final CustomerDirectory directory;
    private final JdbcClient jdbc;

    CaseSearchSource(CaseNumbers numbers, CustomerLookup lookup, CustomerDirectory directory, JdbcClient jdbc) {
        this.numbers = numbers;
        this.lookup = lookup;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "CASE";
    }

    @Override
    public String titleKey() {
        return "service.search.group.cases";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        List<Found> found = byIds(numbers.find(text, limit));
        if (found.isEmpty() && isName(text)) {
            found = ofCustomers(
                    lookup.search(text, CUSTOMERS_BY_NAME).stream()
                            .map(CustomerRef::id)
                            .toList(),
                    limit);
        }
        Map<Long, CustomerRef> customers =
                directory.findAll(found.stream().map(Found::customerId).toList());
        return found.stream()
                .map(c -> new SearchHit(c.id(), label(c, customers.get(c.customerId())), "/service/cases/" + c.id()))
                .toList();
    }

    /** Text with two letters or more is a name; {@code C-2026-1} is a number. */
    static boolean isName(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2;
    }

    private List<Found> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Found> rows = jdbc.sql(
                        "SELECT id, reference, subject, customer_id FROM service_case WHERE id IN (:ids) AND "
                                + BlockedCustomers.visible("service_case.customer_id"))
                .param("ids", ids)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        return ids.stream()
                .flatMap(id -> rows.stream().filter(r -> r.id() == id))
                .toList();
    }

    private List<Found> ofCustomers(List<Long> customerIds, int limit) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, reference, subject, customer_id FROM service_case WHERE customer_id IN (:ids)
                           AND """ + BlockedCustomers.visible("service_case.customer_id") + """
                        ORDER BY opened_at DESC, id DESC LIMIT :limit""")
                .param("ids", customerIds)
                .param("limit", limit)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    private static String label(Found c, CustomerRef customer) {
        return c.reference() + " · " + c.subject() + (customer == null ? "" : " · " + customer.name());
    }
}
