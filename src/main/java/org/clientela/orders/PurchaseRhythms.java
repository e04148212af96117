package org.clientela.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How each customer buys, in the figures a retention review needs: on which days they ordered and
 * how far apart, what an order was worth lately against before, and which categories they bought
 * in which months. Computed in SQL over the orders; {@link #forEachCustomer} streams customer by
 * customer, so a million customers never sit in memory together.
 *
 * <p>Amounts are order totals as stored, whatever their currency (a business sells in one).
 */
public interface PurchaseRhythms {

    /**
     * Hands {@code action} the rhythm of every customer with an order on or before
     * {@link Window#asOf()}, in ascending customer id, one at a time. Orders after that day are
     * ignored.
     */
    void forEachCustomer(Window window, Consumer<Rhythm> action);

    /** The rhythm of one customer, empty when they have no order on or before the window's day. */
    Optional<Rhythm> of(long customerId, Window window);

    /**
     * The periods compared. Recent: the {@code recentMonths} months up to and including
     * {@code asOf}. Baseline: the {@code baselineMonths} months before the recent ones.
     *
     * @param categoryMonths list only the categories bought in at least this many calendar months of
     *                       the baseline ({@link CategoryRhythm#baselineMonths()}); 0 lists every
     *                       category. A reader that ignores the others says so here, and the order
     *                       lines of customers who cannot have such a category are not read at all.
     */
    record Window(LocalDate asOf, int recentMonths, int baselineMonths, int categoryMonths) {

        public Window {
            if (recentMonths < 1 || baselineMonths < 1) {
                throw new IllegalArgumentException("months must be positive");
            }
            if (categoryMonths < 0) {
                throw new IllegalArgumentException("categoryMonths must not be negative");
            }
        }

        /** A window that lists every category. */
        public Window(LocalDate asOf, int recentMonths, int baselineMonths) {
            this(asOf, recentMonths, baselineMonths, 0);
        }

        /** First day of the recent period. */
        public LocalDate recentFrom() {
            return asOf.minusMonths(recentMonths).plusDays(1);
        }

        /** First day of the baseline period. */
        public LocalDate baselineFrom() {
            return recentFrom().minusMonths(baselineMonths);
        }
    }

    /**
     * One customer's purchase rhythm.
     *
     * @param orderDays       days with at least one order
     * @param gaps            days between consecutive order days, in order of time ({@code orderDays - 1} of them)
     * @param recentOrders    orders in the recent period, and their total {@code recentAmount}
     * @param baselineOrders  orders in the baseline period, and their total {@code baselineAmount}
     * @param yearAmount      what the customer spent in the 365 days up to their last order day
     * @param categories      each category bought (in at least {@link Window#categoryMonths()} baseline
     *                        months), by category id
     */
    record Rhythm(long customerId, int orderDays, LocalDate firstDay, LocalDate lastDay, List<Integer> gaps,
            int recentOrders, BigDecimal recentAmount, int baselineOrders, BigDecimal baselineAmount,
            BigDecimal yearAmount, List<CategoryRhythm> categories) {

        /** Days from the last order day to {@code asOf}. */
        public long daysSinceLast(LocalDate asOf) {
            return ChronoUnit.DAYS.between(lastDay, asOf);
        }
    }

    /**
     * One category in one customer's purchases.
     *
     * @param baselineMonths calendar months of the baseline period in which the category was bought
     * @param days           days on which the category was bought, from {@code firstDay} to {@code lastDay}
     * @param orderDaysAfter the customer's order days after {@code lastDay} (orders without the category)
     * @param yearAmount     the category's line amounts in the twelve calendar months up to its last month
     */
    record CategoryRhythm(long categoryId, String name, int baselineMonths, int days, LocalDate firstDay,
            LocalDate lastDay, int orderDaysAfter, BigDecimal yearAmount) {
    }
}
