package org.clientela.customers.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.CustomerKind;
import org.clientela.customers.LifecycleStatus;
import org.clientela.platform.ListLinks.Direction;
import org.clientela.platform.ListTotal;
import org.clientela.platform.PhoneNumbers;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds customers as you type: by customer number, any fragment of a phone number, e-mail or the
 * start of any word of the name, without regard to accents or case. Each query is one range scan
 * of {@code customer_search_term}'s primary key that stops after a page, whatever the size of
 * the customer base; results come in the order of the matched word.
 *
 * <p>Long because the search as you type, its count and the lookup by number are one matching rule
 * over one table of search terms (number, phone fragment, e-mail, word of the name); each reader
 * builds its WHERE from that rule, and parting them would let the count and the list disagree.
 */
@Service
@Transactional(readOnly = true)
public class CustomerSearch {

    /**
     * The columns a customer list sorts by, each read along an index in either direction (see
     * migration V15_7_1). A search without a sort keeps the order of the matched word.
     */
    public enum Sort {
        NAME("c.sort_name %1$s, c.id %1$s"),
        NUMBER("c.customer_number %1$s, c.id %1$s"),
        CITY("c.city %1$s, c.sort_name %1$s, c.id %1$s"),
        STATUS("c.lifecycle_status %1$s, c.sort_name %1$s, c.id %1$s"),
        /** Newest first; descending turns it round. */
        NEWEST("c.id %2$s");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        String sql(Direction direction) {
            Direction d = direction == null ? Direction.ASC : direction;
            return sql.formatted(d.name(), d == Direction.ASC ? "DESC" : "ASC");
        }

        /** The sort a URL names ({@code name}, {@code NAME}), or {@code null} for none or an unknown one. */
        public static Sort parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(text.strip())) {
                    return sort;
                }
            }
            return null;
        }

        /** As the URL writes it. */
        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String COLUMNS = """
            c.id, c.customer_number, c.kind, c.name, c.email, c.phone, c.city, c.owner_username, c.lifecycle_status,
            c.anonymised_at""";

    /** A customer in a list, from the columns {@link #COLUMNS} names (with or without the {@code c.}). */
    static final RowMapper<CustomerSummary> ROW = (rs, n) -> new CustomerSummary(
            rs.getLong("id"),
            rs.getString("customer_number"),
            CustomerKind.valueOf(rs.getString("kind")),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("city"),
            rs.getString("owner_username"),
            LifecycleStatus.valueOf(rs.getString("lifecycle_status")),
            rs.getTimestamp("anonymised_at") != null);

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;

    CustomerSearch(JdbcClient jdbc, PhoneNumbers phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    /**
     * Customers matching {@code query} (all customers when it is blank), one page at a time. One
     * statement, so it needs no transaction of its own (it joins the caller's, if any): a read-only
     * transaction around it cost a {@code COMMIT} round trip per search, an eighth of an API
     * search's time in the load benchmark.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Slice<CustomerSummary> search(String query, LifecycleStatus status, Sort sort, int page, int size) {
        return search(query, status, query == null || query.isBlank() ? sort : null, Direction.ASC, page, size);
    }

    /**
     * Customers matching {@code query}, sorted by {@code sort} in {@code direction}; a search
     * without a sort comes in the order of the matched word, a plain list without one by name.
     * Sorting a search orders all its matches before the page is cut (a search narrows the
     * customers down first; the plain list reads its sort's index and stops after the page).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Slice<CustomerSummary> search(
            String query, LifecycleStatus status, Sort sort, Direction direction, int page, int size) {
        if (query == null || query.isBlank()) {
            return list(status, sort, direction, page, size);
        }
        Matching matching = matching(query, status);
        if (matching == null) {
            // Only punctuation ("%", "'"): nothing can match it.
            return new Slice<>(List.of(), page, size, false);
        }
        String sql = sort != null
                ? "SELECT " + COLUMNS + " FROM (" + matching.sql() + ") m JOIN customer c ON c.id = m.customer_id"
                        + " ORDER BY " + sort.sql(direction) + " LIMIT :limit OFFSET :offset"
                : "SELECT " + COLUMNS + " FROM (" + matching.sql()
                        + " ORDER BY t.term, t.customer_id" + Slice.limitFor(page, size) + ") m"
                        + " JOIN customer c ON c.id = m.customer_id ORDER BY m.term, m.customer_id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).params(matching.params());
        if (sort != null) {
            // A sorted search keeps its page as parameters: planned for each call, the plan can
            // weigh how many customers the word matches before sorting them all.
            statement = statement.param("limit", size + 1).param("offset", (long) page * size);
        }
        List<CustomerSummary> rows = statement.query(ROW).list();
        return Slice.of(rows, page, size);
    }

    /**
     * The customers a search text matches, as SQL selecting {@code t.customer_id} and the matched
     * {@code t.term} (order by both for the list order), with its parameters.
     *
     * @param sql    a complete {@code SELECT} without {@code ORDER BY}
     * @param params its named parameters
     */
    record Matching(String sql, Map<String, Object> params) {}

    /** What {@code query} matches, or {@code null} when it holds no searchable word. */
    Matching matching(String query, LifecycleStatus status) {
        List<String> terms = termsOf(query);
        if (terms.isEmpty()) {
            return null;
        }
        // The longest word is the most selective: it drives the scan, the others filter.
        String driving = terms.stream()
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .orElseThrow();
        List<String> filters = new ArrayList<>(terms);
        filters.remove(driving);
        Map<String, Object> params = new HashMap<>();

        StringBuilder sql = new StringBuilder("""
                SELECT t.customer_id, t.term FROM customer_search_term t WHERE t.term >= :lo""");
        params.put("lo", driving);
        String hi = SearchTerms.upperBound(driving);
        if (hi != null) {
            sql.append(" AND t.term < :hi");
            params.put("hi", hi);
        }
        // Keep each customer once, at the first of its terms that matches.
        sql.append(" AND NOT EXISTS (SELECT 1 FROM customer_search_term d WHERE d.customer_id = t.customer_id"
                + " AND d.term >= :lo AND d.term < t.term)");
        for (int i = 0; i < filters.size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM customer_search_term f")
                    .append(i)
                    .append(" WHERE f")
                    .append(i)
                    .append(".customer_id = t.customer_id AND f")
                    .append(i)
                    .append(".term >= :lo")
                    .append(i);
            params.put("lo" + i, filters.get(i));
            String filterHi = SearchTerms.upperBound(filters.get(i));
            if (filterHi != null) {
                sql.append(" AND f").append(i).append(".term < :hi").append(i);
                params.put("hi" + i, filterHi);
            }
            sql.append(')');
        }
        if (status != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM customer s WHERE s.id = t.customer_id"
                    + " AND s.lifecycle_status = :status)");
            params.put("status", status.name());
        }
        return new Matching(sql.toString(), params);
    }

    /** The customer with exactly this customer number. */
    public Optional<CustomerSummary> byNumber(String customerNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM customer c WHERE c.customer_number = :number")
                .param("number", customerNumber.strip())
                .query(ROW)
                .optional();
    }

    /**
     * How many customers the list of {@code query} and {@code status} holds, counted up to
     * {@link ListTotal#CAP} (the same matching as {@link #search}, without its page).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ListTotal count(String query, LifecycleStatus status) {
        if (query == null || query.isBlank()) {
            JdbcClient.StatementSpec statement =
                    jdbc.sql(ListTotal.cappedCount("SELECT 1 FROM customer c" + listed(status)));
            if (status != null) {
                statement = statement.param("status", status.name());
            }
            return ListTotal.ofCapped(statement.query(Long.class).single());
        }
        Matching matching = matching(query, status);
        if (matching == null) {
            return new ListTotal(0, false);
        }
        return ListTotal.ofCapped(jdbc.sql(ListTotal.cappedCount(matching.sql()))
                .params(matching.params())
                .query(Long.class)
                .single());
    }

    private Slice<CustomerSummary> list(LifecycleStatus status, Sort sort, Direction direction, int page, int size) {
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT " + COLUMNS + " FROM customer c" + listed(status)
                + " ORDER BY " + (sort == null ? Sort.NAME : sort).sql(direction)
                + Slice.limitFor(page, size));
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return Slice.of(statement.query(ROW).list(), page, size);
    }

    /**
     * The condition of the list without a search: the customers of {@code status} (all when null),
     * never a blocked one (kept for legal claims only). A search needs no such condition: a blocked
     * customer has no search terms.
     */
    static String listed(LifecycleStatus status) {
        return " WHERE c.blocked_at IS NULL" + (status == null ? "" : " AND c.lifecycle_status = :status");
    }

    private List<String> termsOf(String query) {
        if (PhoneNumbers.looksLikePhone(query)) {
            return List.of(phones.pieceDigits(query));
        }
        return List.of(SearchTerms.queryWords(withoutTopLevelDomain(query)));
    }

    /**
     * An e-mail address typed in full ends in a top-level domain ({@code es}, {@code com}) that
     * the index leaves out, as nearly every customer shares it; the query leaves it out too.
     */
    static String withoutTopLevelDomain(String query) {
        int at = query.indexOf('@');
        int dot = query.lastIndexOf('.');
        return at >= 0 && dot > at ? query.substring(0, dot) : query;
    }
}
