package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's purchases summed up for the customer 360 page. Every figure is aggregated by the
 * database over the customer's own orders (index {@code sales_order_customer_idx}, then each
 * order's lines by the primary key of {@code order_line}), so the cost follows the size of one customer's
 * history, never of the whole order book. Money is never added across currencies.
 */
@Service
@Transactional(readOnly = true)
public class PurchaseHistory {

    /** How many of the newest orders the profile lists. */
    public static final int LATEST = 10;

    private final JdbcClient jdbc;
    private final OrderBook orders;
    private final Clock clock;

    PurchaseHistory(JdbcClient jdbc, OrderBook orders, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.clock = clock;
    }

    public PurchaseProfile of(long customerId) {
        List<Totals> totals = jdbc.sql("""
                        SELECT currency, COUNT(*) AS orders, SUM(total_amount) AS total,
                               MIN(order_date) AS first_date, MAX(order_date) AS last_date
                          FROM sales_order WHERE customer_id = :id
                         GROUP BY currency""")
                .param("id", customerId)
                .query((rs, n) -> new Totals(
                        rs.getString("currency"),
                        rs.getLong("orders"),
                        rs.getBigDecimal("total"),
                        rs.getObject("first_date", LocalDate.class),
                        rs.getObject("last_date", LocalDate.class)))
                .list();
        if (totals.isEmpty()) {
            return new PurchaseProfile(List.of(), null, null, 0, List.of(), new Slice<>(List.of(), 0, LATEST, false));
        }
        List<PurchaseProfile.Spend> spend = totals.stream()
                .sorted(Comparator.comparingLong(Totals::orders).reversed().thenComparing(Totals::currency))
                .map(t -> new PurchaseProfile.Spend(
                        t.currency(),
                        t.orders(),
                        t.total(),
                        t.total().divide(BigDecimal.valueOf(t.orders()), 2, RoundingMode.HALF_UP)))
                .toList();
        LocalDate first = totals.stream()
                .map(Totals::first)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last =
                totals.stream().map(Totals::last).max(Comparator.naturalOrder()).orElseThrow();
        long daysSinceLast = Math.max(0, ChronoUnit.DAYS.between(last, LocalDate.now(clock)));
        return new PurchaseProfile(
                spend,
                first,
                last,
                daysSinceLast,
                categories(customerId),
                orders.list(new OrderFilter(customerId, null, null), OrderSort.NEWEST, 0, LATEST));
    }

    private List<PurchaseProfile.CategoryShare> categories(long customerId) {
        record Bought(String category, String currency, BigDecimal amount) {}
        List<Bought> bought = jdbc.sql("""
                        SELECT c.id AS category_id, c.name AS category, o.currency, SUM(l.amount) AS amount
                          FROM sales_order o
                          JOIN order_line l ON l.order_id = o.id
                          LEFT JOIN product p ON p.id = l.product_id
                          LEFT JOIN product_category c ON c.id = COALESCE(l.category_id, p.category_id)
                         WHERE o.customer_id = :id
                         GROUP BY c.id, c.name, o.currency""")
                .param("id", customerId)
                .query((rs, n) ->
                        new Bought(rs.getString("category"), rs.getString("currency"), rs.getBigDecimal("amount")))
                .list();
        Map<String, BigDecimal> perCurrency = new HashMap<>();
        bought.forEach(b -> perCurrency.merge(b.currency(), b.amount(), BigDecimal::add));
        List<PurchaseProfile.CategoryShare> shares = new ArrayList<>();
        for (Bought b : bought) {
            BigDecimal all = perCurrency.get(b.currency());
            double share = all.signum() == 0
                    ? 0
                    : b.amount().divide(all, MathContext.DECIMAL64).doubleValue();
            shares.add(new PurchaseProfile.CategoryShare(b.category(), b.currency(), b.amount(), share));
        }
        shares.sort(Comparator.comparing(PurchaseProfile.CategoryShare::amount)
                .reversed()
                .thenComparing(s -> s.category() == null ? "" : s.category()));
        return shares;
    }

    private record Totals(String currency, long orders, BigDecimal total, LocalDate first, LocalDate last) {}
}
