package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clientela.orders.history.Rhythm;
import org.clientela.orders.history.RhythmWindow;
import org.clientela.orders.internal.RhythmSums.Day;
import org.clientela.orders.internal.RhythmSums.Line;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@link Rhythm rhythms} of {@link JdbcCustomerPurchases}, read slice by slice of customer ids:
 * the slice's orders through the (customer_id, order_date) index, then the lines of those orders through the order_line key, by
 * order id. Slices of {@value #SLICE} ids keep the memory to a few thousand customers whatever the
 * size of the business (on H2 too, which groups in memory). Days and categories are summed here,
 * from the orders and lines as read.
 *
 * <p>The lines are the expensive part: order_line has no customer_id, so they are reached through
 * their orders. Joining the two in SQL made PostgreSQL read the whole order_line table for every
 * slice (a hash join beats a few thousand look-ups in its estimate); asking for the lines of named
 * orders is a look-up by key on both databases. And they are read only for the customers who can
 * have a category the window asks for ({@link RhythmWindow#categoryMonths()}): someone who ordered in
 * fewer calendar months of the baseline cannot have bought a category in more.
 *
 * <p>{@link #forEachCustomer} reads the next {@value #READERS} slices ahead ({@link ReadAhead}), so the
 * database and the caller's rules and writes use every core; {@link RhythmSums} sums each customer.
 * Queries run outside any long transaction, so a slow review never holds back an import.
 */
@Component
class RhythmReader {

    static final int SLICE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(RhythmReader.class);

    /** Order ids per look-up of lines: an IN list both databases take as key look-ups. */
    static final int LOOKUP = 2_000;

    private static final String ORDERS = """
            SELECT id, customer_id, order_date, total_amount
              FROM sales_order
             WHERE customer_id BETWEEN :from AND :to AND order_date <= :asOf
             ORDER BY customer_id, order_date""";

    /**
     * The order ids go into the text as numbers, not as parameters: H2 checks every line it finds
     * against an IN list of parameters by comparing it with each in turn, which made this the
     * radar's most expensive statement at a million customers, while it looks a list of numbers up
     * in a set: about three times faster (docs/benchmarks.md). The ids are longs the orders query
     * has just read, so nothing but digits and commas reaches the statement.
     */
    private static final String LINES = """
            SELECT order_id, category_id, amount
              FROM order_line
             WHERE order_id IN (%s) AND category_id IS NOT NULL""";

    /** Slices read at the same time, each on a thread of its own, while the caller works on the one before. */
    static final int READERS = 2;

    private final JdbcClient jdbc;

    RhythmReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forEachCustomer(RhythmWindow window, Consumer<Rhythm> action) {
        Map<Long, String> names = categoryNames();
        long[] range = jdbc.sql("SELECT MIN(customer_id), MAX(customer_id) FROM sales_order")
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        if (range == null) {
            return;
        }
        Timings timings = new Timings();
        timings.waited.add(ReadAhead.forEach(
                range[0],
                range[1],
                SLICE,
                READERS,
                "purchase-rhythms-ahead",
                (from, to) -> slice(from, to, window, names, timings),
                action));
        log.debug(
                "Purchase rhythms: {} customers, {} read with their lines; order days {} ms, lines {} ms "
                        + "(summed over {} reading threads), caller waited {} ms",
                timings.customers,
                timings.withLines,
                timings.days.sum() / 1_000_000,
                timings.lines.sum() / 1_000_000,
                READERS,
                timings.waited.sum() / 1_000_000);
    }

    Optional<Rhythm> of(long customerId, RhythmWindow window) {
        return slice(customerId, customerId, window, categoryNames(), new Timings()).stream()
                .findFirst();
    }

    private Map<Long, String> categoryNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM product_category").query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    /** Nanoseconds spent, summed over the slices (written by the reading threads, read after them). */
    private static final class Timings {
        final LongAdder days = new LongAdder();
        final LongAdder lines = new LongAdder();
        final LongAdder waited = new LongAdder();
        final LongAdder customers = new LongAdder();
        final LongAdder withLines = new LongAdder();
    }

    /** One customer's orders as read: their days, and the ids and days of their orders. */
    private static final class Orders {
        final List<Day> days = new ArrayList<>();
        final List<Long> ids = new ArrayList<>();
        final List<LocalDate> dates = new ArrayList<>();
    }

    private List<Rhythm> slice(long from, long to, RhythmWindow window, Map<Long, String> names, Timings timings) {
        long start = System.nanoTime();
        Map<Long, Orders> orders = new LinkedHashMap<>();
        jdbc.sql(ORDERS)
                .param("from", from)
                .param("to", to)
                .param("asOf", Date.valueOf(window.asOf()))
                .query(rs -> {
                    Orders own = orders.computeIfAbsent(rs.getLong(2), k -> new Orders());
                    LocalDate date = rs.getObject(3, LocalDate.class);
                    BigDecimal amount = rs.getBigDecimal(4);
                    int last = own.days.size() - 1;
                    if (last >= 0 && own.days.get(last).date().equals(date)) {
                        Day day = own.days.get(last);
                        own.days.set(
                                last,
                                new Day(date, day.orders() + 1, day.amount().add(amount)));
                    } else {
                        own.days.add(new Day(date, 1, amount));
                    }
                    own.ids.add(rs.getLong(1));
                    own.dates.add(date);
                });
        long linesStart = System.nanoTime();
        timings.days.add(linesStart - start);
        timings.customers.add(orders.size());
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> customerOf = new HashMap<>();
        Map<Long, LocalDate> dateOf = new HashMap<>();
        List<Long> wanted = new ArrayList<>();
        orders.forEach((customer, own) -> {
            if (RhythmSums.mayHaveCategories(own.days, window)) {
                timings.withLines.increment();
                for (int i = 0; i < own.ids.size(); i++) {
                    customerOf.put(own.ids.get(i), customer);
                    dateOf.put(own.ids.get(i), own.dates.get(i));
                    wanted.add(own.ids.get(i));
                }
            }
        });
        Map<Long, List<Line>> lines = new HashMap<>();
        for (int i = 0; i < wanted.size(); i += LOOKUP) {
            jdbc.sql(LINES.formatted(numbers(wanted.subList(i, Math.min(wanted.size(), i + LOOKUP)))))
                    .query(rs -> {
                        long order = rs.getLong(1);
                        lines.computeIfAbsent(customerOf.get(order), k -> new ArrayList<>())
                                .add(new Line(rs.getLong(2), dateOf.get(order), rs.getBigDecimal(3)));
                    });
        }
        timings.lines.add(System.nanoTime() - linesStart);
        List<Rhythm> rhythms = new ArrayList<>(orders.size());
        orders.forEach((customer, own) -> rhythms.add(
                RhythmSums.rhythm(customer, own.days, lines.getOrDefault(customer, List.of()), window, names)));
        return rhythms;
    }

    /** The ids as a comma-separated list of numbers, for {@link #LINES}. */
    static String numbers(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
