package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clientela.orders.history.BuyingHistory;
import org.clientela.orders.history.CategoryBought;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PeriodPurchases;
import org.clientela.orders.history.PurchasePace;
import org.clientela.orders.history.RankedCustomer;
import org.clientela.orders.history.RepeatPurchaseSummary;
import org.clientela.orders.history.Rhythm;
import org.clientela.orders.history.RhythmWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CustomerPurchases} in SQL. Everything per customer is read along
 * {@code sales_order_customer_idx} (customer, order date); the rhythms and the repeat-purchase
 * summaries, which sum each customer's orders here slice by slice of ids, have readers of their
 * own. Streaming needs a read-only transaction: PostgreSQL only fetches in batches
 * ({@code spring.jdbc.template.fetch-size}) inside one. The rhythms and the ranking open none of
 * their own: the rhythms read on threads of their own, and the ranking joins its caller's.
 *
 * <p>Long because it is the SQL of one interface, {@link CustomerPurchases}, one query a method
 * along the same customer index; the rhythms and the repeat-purchase summaries, which stream,
 * already have readers of their own.
 */
@Component
class JdbcCustomerPurchases implements CustomerPurchases {

    private static final int CHUNK = 1000;

    private static final String HISTORY = """
            SELECT customer_id, MIN(order_date) AS first_date, MAX(order_date) AS last_date,
                   COUNT(DISTINCT order_date) AS days,
                   COALESCE(SUM(CASE WHEN currency = :currency THEN total_amount END), 0) AS spend
              FROM sales_order""";

    private final JdbcClient jdbc;
    private final RhythmReader rhythms;
    private final RepeatPurchaseReader summaries;
    private final CategoryBuyers categories;

    JdbcCustomerPurchases(
            JdbcClient jdbc, RhythmReader rhythms, RepeatPurchaseReader summaries, CategoryBuyers categories) {
        this.jdbc = jdbc;
        this.rhythms = rhythms;
        this.summaries = summaries;
        this.categories = categories;
    }

    @Override
    public void forEachRhythm(RhythmWindow window, Consumer<Rhythm> action) {
        rhythms.forEachCustomer(window, action);
    }

    @Override
    public Optional<Rhythm> rhythm(long customerId, RhythmWindow window) {
        return rhythms.of(customerId, window);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PurchasePace> pace(long customerId, LocalDate asOf) {
        List<LocalDate> days = jdbc.sql("""
                        SELECT DISTINCT order_date FROM sales_order
                         WHERE customer_id = :id AND order_date <= :asOf ORDER BY order_date""")
                .param("id", customerId)
                .param("asOf", asOf)
                .query(LocalDate.class)
                .list();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        List<PurchasePace.Revenue> lastYear = jdbc.sql("""
                        SELECT currency, SUM(total_amount) AS amount FROM sales_order
                         WHERE customer_id = :id AND order_date > :from AND order_date <= :asOf
                         GROUP BY currency ORDER BY amount DESC""")
                .param("id", customerId)
                .param("from", asOf.minusDays(365))
                .param("asOf", asOf)
                .query((rs, n) -> new PurchasePace.Revenue(rs.getString("currency"), rs.getBigDecimal("amount")))
                .list();
        return Optional.of(new PurchasePace(days.size(), medianGap(days), days.get(days.size() - 1), lastYear));
    }

    /** The median of the gaps between consecutive days (the lower middle one for an even count). */
    static Integer medianGap(List<LocalDate> sortedDays) {
        if (sortedDays.size() < 2) {
            return null;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sortedDays.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(sortedDays.get(i - 1), sortedDays.get(i)));
        }
        gaps.sort(null);
        int n = gaps.size();
        long median = n % 2 == 1 ? gaps.get(n / 2) : Math.round((gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2.0);
        return (int) median;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachHistory(LocalDate asOf, String currency, Consumer<BuyingHistory> each) {
        jdbc.sql(HISTORY + " WHERE order_date <= :asOf GROUP BY customer_id ORDER BY customer_id")
                .param("asOf", asOf)
                .param("currency", currency)
                .query(rs -> {
                    each.accept(history(rs));
                });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BuyingHistory> history(long customerId, LocalDate asOf, String currency) {
        return jdbc.sql(HISTORY + " WHERE customer_id = :customer AND order_date <= :asOf GROUP BY customer_id")
                .param("customer", customerId)
                .param("asOf", asOf)
                .param("currency", currency)
                .query((rs, n) -> history(rs))
                .optional();
    }

    private static BuyingHistory history(ResultSet rs) throws SQLException {
        return new BuyingHistory(
                rs.getLong("customer_id"),
                rs.getObject("first_date", LocalDate.class),
                rs.getObject("last_date", LocalDate.class),
                rs.getInt("days"),
                rs.getBigDecimal("spend"));
    }

    @Override
    public void forEachSummary(LocalDate calibrationEnd, LocalDate holdoutEnd, Consumer<RepeatPurchaseSummary> action) {
        summaries.forEachCustomer(calibrationEnd, holdoutEnd, action, day -> {});
    }

    @Override
    public void forEachSummary(
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            Consumer<RepeatPurchaseSummary> action,
            Consumer<LocalDate> repeatPurchaseDay) {
        summaries.forEachCustomer(calibrationEnd, holdoutEnd, action, repeatPurchaseDay);
    }

    @Override
    public Optional<RepeatPurchaseSummary> summary(long customerId, LocalDate calibrationEnd) {
        return summaries.ofCustomer(customerId, calibrationEnd);
    }

    /**
     * Quintiles by rank rather than {@code NTILE(5)}: NTILE splits a group of ties at an arbitrary
     * row, so two customers with the very same single order could land in different segments. Here a
     * customer's score is the quintile of the first row of their group of ties
     * ({@code 1 + 5 * (RANK - 1) / count}), so equals always score alike, and the best fifth scores 5.
     * Frequency ranks the distinct order days: grouped along {@code sales_order_customer_idx}, the
     * rows of a customer arrive sorted by day, so counting the distinct days costs little more than
     * counting the orders (docs/benchmarks.md).
     */
    @Override
    public void rankAll(LocalDate asOf, Consumer<RankedCustomer> each) {
        try (var rows = jdbc
                .sql("""
                        WITH per_customer AS (
                            SELECT customer_id, MAX(order_date) AS last_date, COUNT(*) AS orders,
                                   COUNT(DISTINCT order_date) AS purchase_days, SUM(total_amount) AS revenue
                              FROM sales_order WHERE order_date <= :asOf
                             GROUP BY customer_id)
                        SELECT customer_id, last_date, orders, purchase_days, revenue,
                               1 + 5 * (RANK() OVER (ORDER BY last_date) - 1) / COUNT(*) OVER () AS r,
                               1 + 5 * (RANK() OVER (ORDER BY purchase_days) - 1) / COUNT(*) OVER () AS f,
                               1 + 5 * (RANK() OVER (ORDER BY revenue) - 1) / COUNT(*) OVER () AS m
                          FROM per_customer""")
                .param("asOf", asOf)
                .query((rs, n) -> new RankedCustomer(
                        rs.getLong("customer_id"),
                        rs.getObject("last_date", LocalDate.class),
                        rs.getLong("orders"),
                        rs.getLong("purchase_days"),
                        rs.getBigDecimal("revenue"),
                        rs.getInt("r"),
                        rs.getInt("f"),
                        rs.getInt("m")))
                .stream()) {
            rows.forEach(each);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> lastPurchases(Collection<Long> customerIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql(
                            "SELECT customer_id, MAX(order_date) FROM sales_order WHERE customer_id IN (:ids) GROUP BY customer_id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    });
        }
        return last;
    }

    /** Asked in chunks of ids, each chunk one range read per customer. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, PeriodPurchases> inPeriod(Collection<Long> customerIds, LocalDate from, LocalDate to) {
        Map<Long, PeriodPurchases> bought = new HashMap<>();
        List<Long> ids = new ArrayList<>(customerIds);
        for (int start = 0; start < ids.size(); start += CHUNK) {
            jdbc.sql("""
                            SELECT customer_id, COUNT(*) AS orders, SUM(total_amount) AS revenue FROM sales_order
                             WHERE customer_id IN (:ids) AND order_date >= :from AND order_date <= :to
                             GROUP BY customer_id""")
                    .param("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .param("from", from)
                    .param("to", to)
                    .query(rs -> {
                        bought.put(
                                rs.getLong("customer_id"),
                                new PeriodPurchases(rs.getLong("orders"), rs.getBigDecimal("revenue")));
                    });
        }
        return bought;
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal revenue(long customerId, LocalDate from, LocalDate to, String currency) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(total_amount), 0) FROM sales_order
                         WHERE customer_id = :customer AND order_date >= :from AND order_date < :to
                           AND currency = :currency""")
                .param("customer", customerId)
                .param("from", from)
                .param("to", to)
                .param("currency", currency)
                .query(BigDecimal.class)
                .single();
    }

    @Override
    public List<CategoryBought> categoriesBought(long customerId) {
        return categories.boughtBy(customerId);
    }
}
