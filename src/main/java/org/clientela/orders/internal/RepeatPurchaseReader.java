package org.clientela.orders.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.clientela.orders.history.RepeatPurchaseSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repeat-purchase summaries of {@link JdbcCustomerPurchases}, read slice by slice of customer
 * ids along {@code sales_order_customer_idx} (customer_id, order_date), and summed here: a customer's orders
 * arrive together and in date order, so purchase days, the first day's spend and the days after
 * the calibration end are counted in one pass with nothing but the current customer in memory.
 *
 * <p>One aggregate query over all orders (grouping into purchase days, numbering them with a
 * window function, grouping again per customer) was quick on PostgreSQL but not on H2, which
 * groups and numbers in memory and spills large results to disk. A range of {@value #SLICE}
 * customer ids per query keeps each result small on both databases.
 */
@Component
@Transactional(readOnly = true)
class RepeatPurchaseReader {

    static final int SLICE = 2_000;

    private static final String ORDERS = """
            SELECT customer_id, order_date, total_amount
              FROM sales_order
             WHERE customer_id BETWEEN :from AND :to AND order_date <= :until
             ORDER BY customer_id, order_date""";

    private final JdbcClient jdbc;

    RepeatPurchaseReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forEachCustomer(
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            Consumer<RepeatPurchaseSummary> action,
            Consumer<LocalDate> repeatPurchaseDay) {
        LocalDate until = holdoutEnd == null || holdoutEnd.isBefore(calibrationEnd) ? calibrationEnd : holdoutEnd;
        long[] range = jdbc.sql("SELECT MIN(customer_id), MAX(customer_id) FROM sales_order")
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        if (range == null) {
            return;
        }
        for (long from = range[0]; from <= range[1]; from += SLICE) {
            slice(from, Math.min(range[1], from + SLICE - 1), calibrationEnd, until, action, repeatPurchaseDay);
        }
    }

    Optional<RepeatPurchaseSummary> ofCustomer(long customerId, LocalDate calibrationEnd) {
        RepeatPurchaseSummary[] found = {null};
        slice(customerId, customerId, calibrationEnd, calibrationEnd, summary -> found[0] = summary, day -> {});
        return Optional.ofNullable(found[0]);
    }

    private void slice(
            long from,
            long to,
            LocalDate calibrationEnd,
            LocalDate until,
            Consumer<RepeatPurchaseSummary> action,
            Consumer<LocalDate> repeatPurchaseDay) {
        Customer current = new Customer(calibrationEnd, action, repeatPurchaseDay);
        jdbc.sql(ORDERS)
                .param("from", from)
                .param("to", to)
                .param("until", Date.valueOf(until))
                .query(rs -> {
                    current.add(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
                });
        current.finish();
    }

    /** The customer whose orders are being read, summed until the next customer's first order. */
    private static final class Customer {

        private final LocalDate calibrationEnd;
        private final Consumer<RepeatPurchaseSummary> action;
        private final Consumer<LocalDate> repeatPurchaseDay;
        private long id = Long.MIN_VALUE;
        private LocalDate first;
        private LocalDate last;
        private int days;
        private BigDecimal repeatSpend;
        private int daysAfter;
        private LocalDate lastAfter;

        Customer(
                LocalDate calibrationEnd,
                Consumer<RepeatPurchaseSummary> action,
                Consumer<LocalDate> repeatPurchaseDay) {
            this.calibrationEnd = calibrationEnd;
            this.action = action;
            this.repeatPurchaseDay = repeatPurchaseDay;
        }

        void add(long customerId, LocalDate date, BigDecimal amount) {
            if (customerId != id) {
                finish();
                id = customerId;
                first = date;
                last = null;
                days = 0;
                repeatSpend = BigDecimal.ZERO;
                daysAfter = 0;
                lastAfter = null;
            }
            if (first.isAfter(calibrationEnd)) {
                return;
            }
            if (date.isAfter(calibrationEnd)) {
                if (!date.equals(lastAfter)) {
                    daysAfter++;
                    lastAfter = date;
                    repeatPurchaseDay.accept(date);
                }
                return;
            }
            if (!date.equals(last)) {
                days++;
                last = date;
                if (!date.equals(first)) {
                    repeatPurchaseDay.accept(date);
                }
            }
            if (!date.equals(first)) {
                repeatSpend = repeatSpend.add(amount);
            }
        }

        /** Hands over the customer read so far, if their first purchase is in the calibration period. */
        void finish() {
            if (id != Long.MIN_VALUE && !first.isAfter(calibrationEnd)) {
                action.accept(new RepeatPurchaseSummary(id, first, last, days, repeatSpend, daysAfter));
            }
            id = Long.MIN_VALUE;
        }
    }
}
