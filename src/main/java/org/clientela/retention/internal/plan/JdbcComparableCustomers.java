package org.clientela.retention.internal.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PeriodPurchases;
import org.clientela.retention.ComparableCustomers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's comparison for a list of customers treated on different days. Each treated customer
 * is matched with up to {@link #PER_TREATED} customers of their segment, drawn in the same fixed
 * scramble of ids the plan's actions use (repeatable, owing nothing to names or order), and each
 * match is measured over the treated customer's window: same segment, same period.
 */
@Component
@Transactional(readOnly = true)
class JdbcComparableCustomers implements ComparableCustomers {

    /** Matches per treated customer: enough to steady the comparison group without weighing the query. */
    static final int PER_TREATED = 3;

    private final JdbcClient jdbc;
    private final CustomerPurchases purchases;
    private final PlanSettings settings;
    private final Clock clock;

    JdbcComparableCustomers(JdbcClient jdbc, CustomerPurchases purchases, PlanSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.purchases = purchases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Comparison compare(Map<Long, LocalDate> treated, Set<Long> excluded, int windowDays) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> passed = new TreeMap<>();
        treated.forEach((customer, day) -> {
            if (day.plusDays(windowDays).isBefore(today)) {
                passed.put(customer, day);
            }
        });
        Map<String, List<Long>> bySegment = new TreeMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(passed.keySet()))) {
            jdbc.sql("SELECT customer_id, segment FROM retention_customer_segment WHERE customer_id IN (:ids)"
                            + " ORDER BY customer_id")
                    .param("ids", chunk)
                    .query(rs -> {
                        bySegment
                                .computeIfAbsent(rs.getString(2), s -> new ArrayList<>())
                                .add(rs.getLong(1));
                    });
        }
        Set<Long> taken = new HashSet<>(treated.keySet());
        taken.addAll(excluded);
        Map<Long, LocalDate> treatedStarts = new HashMap<>();
        Map<Long, LocalDate> comparedStarts = new HashMap<>();
        bySegment.forEach((segment, customers) -> {
            List<Long> candidates = jdbc.sql("""
                            SELECT customer_id FROM retention_customer_segment WHERE segment = :segment
                             ORDER BY MOD(customer_id * 7919, 10007), customer_id LIMIT :limit""")
                    .param("segment", segment)
                    .param("limit", Math.min(customers.size() * PER_TREATED + taken.size(), 1_000_000))
                    .query(Long.class)
                    .list();
            int next = 0;
            for (int round = 0; round < PER_TREATED; round++) {
                for (Long customer : customers) {
                    while (next < candidates.size() && taken.contains(candidates.get(next))) {
                        next++;
                    }
                    if (next == candidates.size()) {
                        break;
                    }
                    comparedStarts.put(candidates.get(next++), passed.get(customer));
                }
            }
            customers.forEach(c -> treatedStarts.put(c, passed.get(c)));
        });
        ActionResult.Group with = measure(treatedStarts, windowDays);
        ActionResult.Group without = measure(comparedStarts, windowDays);
        int minGroup = settings.minGroup();
        // Nothing measurable yet because every window is still open, or because there are too few.
        String reason = passed.isEmpty() && !treated.isEmpty()
                ? "WINDOW_OPEN"
                : with.customers() < minGroup || without.customers() < minGroup ? "TOO_FEW" : null;
        return new Comparison(
                group(with),
                group(without),
                windowDays,
                minGroup,
                reason,
                reason != null
                        ? null
                        : interval(PlanStatistics.proportionDifference(
                                with.returned(), with.customers(), without.returned(), without.customers())),
                reason != null
                        ? null
                        : interval(PlanStatistics.welch(
                                with.revenuePerCustomer(),
                                with.variance(),
                                with.customers(),
                                without.revenuePerCustomer(),
                                without.variance(),
                                without.customers())));
    }

    /** One query per start day: the customers who share a window are read together. */
    private ActionResult.Group measure(Map<Long, LocalDate> starts, int windowDays) {
        Map<LocalDate, List<Long>> byDay = new TreeMap<>();
        starts.forEach((customer, day) ->
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(customer));
        long returned = 0;
        double sum = 0;
        double squares = 0;
        for (var entry : byDay.entrySet()) {
            LocalDate from = entry.getKey().plusDays(1);
            for (PeriodPurchases bought : purchases
                    .inPeriod(entry.getValue(), from, from.plusDays(windowDays - 1L))
                    .values()) {
                double revenue = bought.revenue().doubleValue();
                returned++;
                sum += revenue;
                squares += revenue * revenue;
            }
        }
        return new ActionResult.Group(starts.size(), returned, sum, squares);
    }

    private static Group group(ActionResult.Group g) {
        return new Group(
                g.customers(),
                g.returned(),
                g.returnRate(),
                interval(g.returnRateInterval()),
                BigDecimal.valueOf(g.revenuePerCustomer()).setScale(2, RoundingMode.HALF_UP));
    }

    private static Interval interval(PlanStatistics.Interval i) {
        return new Interval(i.low(), i.high());
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }
}
