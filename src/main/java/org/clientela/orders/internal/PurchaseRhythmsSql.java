package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.clientela.orders.PurchaseRhythms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link PurchaseRhythms} in two aggregating queries per slice of customer ids: orders summed per
 * customer and day, and order lines summed per customer, category and month. Slices of
 * {@value #SLICE} ids keep the memory to a few thousand customers whatever the size of the
 * business; each slice reads its orders through the (customer_id, order_date) index and their lines
 * through the order_line key. Queries run outside any long transaction, so a slow review never
 * holds back an import.
 */
@Component
class PurchaseRhythmsSql implements PurchaseRhythms {

    static final int SLICE = 5_000;

    private static final String DAYS = """
            SELECT customer_id, order_date, COUNT(*) AS orders, SUM(total_amount) AS amount
              FROM sales_order
             WHERE customer_id BETWEEN :from AND :to AND order_date <= :asOf
             GROUP BY customer_id, order_date
             ORDER BY customer_id, order_date""";

    private static final String CATEGORY_MONTHS = """
            SELECT o.customer_id, l.category_id,
                   EXTRACT(YEAR FROM o.order_date) * 12 + EXTRACT(MONTH FROM o.order_date) - 1 AS month_index,
                   COUNT(DISTINCT o.order_date) AS days, MIN(o.order_date) AS first_day,
                   MAX(o.order_date) AS last_day, SUM(l.amount) AS amount
              FROM sales_order o JOIN order_line l ON l.order_id = o.id
             WHERE o.customer_id BETWEEN :from AND :to AND o.order_date <= :asOf AND l.category_id IS NOT NULL
             GROUP BY o.customer_id, l.category_id,
                   EXTRACT(YEAR FROM o.order_date) * 12 + EXTRACT(MONTH FROM o.order_date) - 1
             ORDER BY o.customer_id, l.category_id, month_index""";

    private final JdbcClient jdbc;

    PurchaseRhythmsSql(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachCustomer(Window window, Consumer<Rhythm> action) {
        Map<Long, String> names = categoryNames();
        long[] range = jdbc.sql("SELECT MIN(customer_id), MAX(customer_id) FROM sales_order")
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        if (range == null) {
            return;
        }
        for (long from = range[0]; from <= range[1]; from += SLICE) {
            slice(from, Math.min(range[1], from + SLICE - 1), window, names).forEach(action);
        }
    }

    @Override
    public Optional<Rhythm> of(long customerId, Window window) {
        return slice(customerId, customerId, window, categoryNames()).stream().findFirst();
    }

    private Map<Long, String> categoryNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM product_category").query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    private record Day(LocalDate date, int orders, BigDecimal amount) {
    }

    private record CategoryMonth(long categoryId, int month, int days, LocalDate first, LocalDate last,
            BigDecimal amount) {
    }

    private List<Rhythm> slice(long from, long to, Window window, Map<Long, String> names) {
        Map<Long, List<Day>> days = new HashMap<>();
        List<Long> customers = new ArrayList<>();
        jdbc.sql(DAYS).param("from", from).param("to", to).param("asOf", Date.valueOf(window.asOf())).query(rs -> {
            long customer = rs.getLong(1);
            List<Day> list = days.get(customer);
            if (list == null) {
                list = new ArrayList<>();
                days.put(customer, list);
                customers.add(customer);
            }
            list.add(new Day(rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getBigDecimal(4)));
        });
        if (customers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CategoryMonth>> months = new HashMap<>();
        jdbc.sql(CATEGORY_MONTHS).param("from", from).param("to", to).param("asOf", Date.valueOf(window.asOf()))
                .query(rs -> {
                    months.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CategoryMonth(rs.getLong(2), rs.getInt(3), rs.getInt(4),
                                    rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getBigDecimal(7)));
                });
        List<Rhythm> rhythms = new ArrayList<>(customers.size());
        for (long customer : customers) {
            rhythms.add(rhythm(customer, days.get(customer), months.getOrDefault(customer, List.of()), window, names));
        }
        return rhythms;
    }

    private static Rhythm rhythm(long customer, List<Day> days, List<CategoryMonth> months, Window window,
            Map<Long, String> names) {
        LocalDate first = days.get(0).date();
        LocalDate last = days.get(days.size() - 1).date();
        LocalDate recentFrom = window.recentFrom();
        LocalDate baselineFrom = window.baselineFrom();
        LocalDate yearFrom = last.minusDays(364);
        List<Integer> gaps = new ArrayList<>(days.size());
        int recentOrders = 0;
        int baselineOrders = 0;
        BigDecimal recent = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal year = BigDecimal.ZERO;
        LocalDate previous = null;
        for (Day day : days) {
            if (previous != null) {
                gaps.add((int) (day.date().toEpochDay() - previous.toEpochDay()));
            }
            previous = day.date();
            if (!day.date().isBefore(recentFrom)) {
                recentOrders += day.orders();
                recent = recent.add(day.amount());
            } else if (!day.date().isBefore(baselineFrom)) {
                baselineOrders += day.orders();
                baseline = baseline.add(day.amount());
            }
            if (!day.date().isBefore(yearFrom)) {
                year = year.add(day.amount());
            }
        }
        return new Rhythm(customer, days.size(), first, last, List.copyOf(gaps), recentOrders, recent,
                baselineOrders, baseline, year, categories(months, days, baselineFrom, recentFrom, names));
    }

    private static List<CategoryRhythm> categories(List<CategoryMonth> months, List<Day> days, LocalDate baselineFrom,
            LocalDate recentFrom, Map<Long, String> names) {
        List<CategoryRhythm> categories = new ArrayList<>();
        int baselineFirstMonth = monthIndex(baselineFrom);
        int baselineLastMonth = monthIndex(recentFrom.minusDays(1));
        int start = 0;
        while (start < months.size()) {
            long category = months.get(start).categoryId();
            int end = start;
            while (end < months.size() && months.get(end).categoryId() == category) {
                end++;
            }
            List<CategoryMonth> own = months.subList(start, end);
            CategoryMonth lastMonth = own.get(own.size() - 1);
            int baselineMonths = 0;
            int dayCount = 0;
            BigDecimal year = BigDecimal.ZERO;
            for (CategoryMonth month : own) {
                dayCount += month.days();
                if (month.month() >= baselineFirstMonth && month.month() <= baselineLastMonth) {
                    baselineMonths++;
                }
                if (month.month() > lastMonth.month() - 12) {
                    year = year.add(month.amount());
                }
            }
            LocalDate lastDay = lastMonth.last();
            int after = 0;
            for (int i = days.size() - 1; i >= 0 && days.get(i).date().isAfter(lastDay); i--) {
                after++;
            }
            categories.add(new CategoryRhythm(category, names.get(category), baselineMonths, dayCount,
                    own.get(0).first(), lastDay, after, year));
            start = end;
        }
        return List.copyOf(categories);
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }
}
