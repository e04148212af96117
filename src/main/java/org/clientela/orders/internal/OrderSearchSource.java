package org.clientela.orders.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * Orders in the header search: by their number, whole or its beginning as it is typed
 * ({@code PED-0000123}), as written or in capitals; or, for a name that is no order number, the
 * latest orders of the customers of that name. The number goes through the unique index on
 * {@code sales_order.order_number} (equality, or a range from the typed beginning to the same
 * text with its last letter or digit moved one up, re-checked with {@code LIKE} so that the
 * database's collation cannot widen it); a customer's orders through their index by customer
 * and date. Every role reads orders.
 */
@Component
class OrderSearchSource implements SearchSource {

    private static final int CUSTOMERS_BY_NAME = 5;

    private record Found(long id, String orderNumber, LocalDate orderDate, long customerId) {}

    private final JdbcClient jdbc;
    private final CustomerLookup lookup;
    private final CustomerDirectory directory;

    OrderSearchSource(JdbcClient jdbc, CustomerLookup lookup, CustomerDirectory directory) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.directory = directory;
    }

    @Override
    public String kind() {
        return "ORDER";
    }

    @Override
    public String titleKey() {
        return "orders.search.group";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public List<SearchHit> find(String text, int limit, Locale locale) {
        Map<Long, Found> found = new LinkedHashMap<>();
        List<String> spellings =
                List.copyOf(new java.util.LinkedHashSet<>(List.of(text, text.toUpperCase(Locale.ROOT))));
        jdbc.sql(SELECT + " order_number IN (:numbers) ORDER BY order_number")
                .param("numbers", spellings)
                .query(ROW)
                .list()
                .forEach(o -> found.put(o.id(), o));
        for (String prefix : spellings) {
            beginningWith(prefix, limit).forEach(o -> found.putIfAbsent(o.id(), o));
        }
        if (found.isEmpty() && text.codePoints().filter(Character::isLetter).count() >= 2) {
            List<Long> customers = lookup.search(text, CUSTOMERS_BY_NAME).stream()
                    .map(CustomerRef::id)
                    .toList();
            if (!customers.isEmpty()) {
                jdbc.sql(SELECT + " customer_id IN (:ids) ORDER BY order_date DESC, id DESC LIMIT :limit")
                        .param("ids", customers)
                        .param("limit", limit)
                        .query(ROW)
                        .list()
                        .forEach(o -> found.put(o.id(), o));
            }
        }
        List<Found> orders = found.values().stream().limit(limit).toList();
        Map<Long, CustomerRef> names =
                directory.findAll(orders.stream().map(Found::customerId).toList());
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return orders.stream()
                .map(o -> new SearchHit(
                        o.id(),
                        o.orderNumber() + " · " + date.format(o.orderDate())
                                + (names.containsKey(o.customerId())
                                        ? " · " + names.get(o.customerId()).name()
                                        : ""),
                        "/orders/" + o.id()))
                .toList();
    }

    /** Orders of blocked customers are found by no search (the SQL after it starts with WHERE). */
    private static final String SELECT = "SELECT id, order_number, order_date, customer_id FROM sales_order WHERE "
            + BlockedCustomers.visible("sales_order.customer_id") + " AND";

    private static final org.springframework.jdbc.core.RowMapper<Found> ROW =
            (rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4));

    /** Orders whose number begins with {@code prefix}, in number order; none when no safe range exists. */
    private List<Found> beginningWith(String prefix, int limit) {
        String upper = upperBound(prefix);
        if (upper == null) {
            return List.of();
        }
        String like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + " " + """
                        order_number >= :lo AND order_number < :hi AND order_number LIKE :like ESCAPE '\\'
                        ORDER BY order_number LIMIT :limit""")
                .param("lo", prefix)
                .param("hi", upper)
                .param("like", like)
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /**
     * The smallest text above every text that begins with {@code prefix}: its last letter or
     * digit moved one up, after dropping the {@code 9}, {@code Z} and {@code z} that cannot move
     * ({@code PED-0129} gives {@code PED-013}). Only a letter or digit is moved, never
     * punctuation, so every collation agrees. {@code null} when there is none.
     */
    static String upperBound(String prefix) {
        int end = prefix.length();
        while (end > 0 && "9Zz".indexOf(prefix.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        char last = prefix.charAt(end - 1);
        boolean movable = (last >= '0' && last <= '8') || (last >= 'A' && last <= 'Y') || (last >= 'a' && last <= 'y');
        return movable ? prefix.substring(0, end - 1) + (char) (last + 1) : null;
    }
}
