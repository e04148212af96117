package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.clientela.orders.history.CategoryRhythm;
import org.clientela.orders.history.Rhythm;
import org.clientela.orders.history.RhythmWindow;

/**
 * A customer's {@link Rhythm} summed from their order days and order lines as {@link RhythmReader}
 * read them: gaps, the recent and baseline periods, the last year, and each category month by
 * month. No database here, so the sums can be read (and tested) on their own.
 */
final class RhythmSums {

    private RhythmSums() {}

    /** One order day of a customer: how many orders, and their total. */
    record Day(LocalDate date, int orders, BigDecimal amount) {}

    private record CategoryMonth(
            long categoryId, int month, int days, LocalDate first, LocalDate last, BigDecimal amount) {}

    /** An order line's category and amount, on the day of its order. */
    record Line(long categoryId, LocalDate date, BigDecimal amount) {}

    /** The rhythm of {@code customer}, from their days in order of time and their lines in any order. */
    static Rhythm rhythm(
            long customer, List<Day> days, List<Line> lines, RhythmWindow window, Map<Long, String> names) {
        return sum(customer, days, months(lines), window, names);
    }

    /**
     * A customer's lines summed per category and calendar month, in that order: days with the
     * category, its first and last day and its amount in the month.
     */
    private static List<CategoryMonth> months(List<Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingLong(Line::categoryId).thenComparing(Line::date));
        List<CategoryMonth> months = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            Line first = sorted.get(start);
            int month = monthIndex(first.date());
            int days = 0;
            LocalDate previous = null;
            BigDecimal amount = BigDecimal.ZERO;
            int end = start;
            for (;
                    end < sorted.size()
                            && sorted.get(end).categoryId() == first.categoryId()
                            && monthIndex(sorted.get(end).date()) == month;
                    end++) {
                Line line = sorted.get(end);
                if (!line.date().equals(previous)) {
                    days++;
                    previous = line.date();
                }
                amount = amount.add(line.amount());
            }
            months.add(new CategoryMonth(first.categoryId(), month, days, first.date(), previous, amount));
            start = end;
        }
        return months;
    }

    /**
     * Whether the customer ordered in at least {@link RhythmWindow#categoryMonths()} calendar months of the
     * baseline: a category bought in that many months needs an order in each.
     */
    static boolean mayHaveCategories(List<Day> days, RhythmWindow window) {
        if (window.categoryMonths() == 0) {
            return true;
        }
        int firstMonth = monthIndex(window.baselineFrom());
        int lastMonth = monthIndex(window.recentFrom().minusDays(1));
        int months = 0;
        int previous = Integer.MIN_VALUE;
        for (Day day : days) {
            int month = monthIndex(day.date());
            if (month >= firstMonth && month <= lastMonth && month != previous) {
                months++;
                previous = month;
                if (months >= window.categoryMonths()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Rhythm sum(
            long customer, List<Day> days, List<CategoryMonth> months, RhythmWindow window, Map<Long, String> names) {
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
        return new Rhythm(
                customer,
                days.size(),
                first,
                last,
                List.copyOf(gaps),
                recentOrders,
                recent,
                baselineOrders,
                baseline,
                year,
                categories(months, days, window, names));
    }

    private static List<CategoryRhythm> categories(
            List<CategoryMonth> months, List<Day> days, RhythmWindow window, Map<Long, String> names) {
        List<CategoryRhythm> categories = new ArrayList<>();
        int baselineFirstMonth = monthIndex(window.baselineFrom());
        int baselineLastMonth = monthIndex(window.recentFrom().minusDays(1));
        int start = 0;
        while (start < months.size()) {
            long category = months.get(start).categoryId();
            int end = start;
            while (end < months.size() && months.get(end).categoryId() == category) {
                end++;
            }
            List<CategoryMonth> own = months.subList(start, end);
            start = end;
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
            if (baselineMonths < window.categoryMonths()) {
                continue;
            }
            LocalDate lastDay = lastMonth.last();
            int after = 0;
            for (int i = days.size() - 1; i >= 0 && days.get(i).date().isAfter(lastDay); i--) {
                after++;
            }
            categories.add(new CategoryRhythm(
                    category,
                    names.get(category),
                    baselineMonths,
                    dayCount,
                    own.get(0).first(),
                    lastDay,
                    after,
                    year));
        }
        return List.copyOf(categories);
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }
}
