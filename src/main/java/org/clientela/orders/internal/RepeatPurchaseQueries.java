package org.clientela.orders.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.clientela.orders.RepeatPurchaseSummaries;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RepeatPurchaseSummaries} in one aggregate over {@code sales_order}: orders are first
 * grouped into purchase days per customer (numbered in date order by a window function, so the
 * first day's spend can be left out), then the days are grouped per customer. The inner query
 * reads {@code sales_order_customer_idx} (customer_id, order_date) order when the planner likes.
 */
@Component
class RepeatPurchaseQueries implements RepeatPurchaseSummaries {

    private static final String SUMMARY = """
            SELECT customer_id,
                   MIN(order_date) AS first_day,
                   MAX(CASE WHEN order_date <= :calibrationEnd THEN order_date END) AS last_day,
                   SUM(CASE WHEN order_date <= :calibrationEnd THEN 1 ELSE 0 END) AS purchase_days,
                   SUM(CASE WHEN order_date <= :calibrationEnd AND day_number > 1 THEN spend ELSE 0 END) AS repeat_spend,
                   SUM(CASE WHEN order_date > :calibrationEnd THEN 1 ELSE 0 END) AS days_after
              FROM (SELECT customer_id, order_date, SUM(total_amount) AS spend,
                           ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_date) AS day_number
                      FROM sales_order
                     WHERE order_date <= :until %s
                     GROUP BY customer_id, order_date) purchase_day
             GROUP BY customer_id
            HAVING MIN(order_date) <= :calibrationEnd""";

    private final JdbcClient jdbc;

    RepeatPurchaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachCustomer(LocalDate calibrationEnd, LocalDate holdoutEnd,
            Consumer<RepeatPurchaseSummary> action) {
        LocalDate until = holdoutEnd == null || holdoutEnd.isBefore(calibrationEnd) ? calibrationEnd : holdoutEnd;
        jdbc.sql(SUMMARY.formatted(""))
                .param("calibrationEnd", calibrationEnd)
                .param("until", until)
                .query((RowCallbackHandler) rs -> action.accept(summary(rs)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RepeatPurchaseSummary> ofCustomer(long customerId, LocalDate calibrationEnd) {
        return jdbc.sql(SUMMARY.formatted("AND customer_id = :customer"))
                .param("calibrationEnd", calibrationEnd)
                .param("until", calibrationEnd)
                .param("customer", customerId)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    private static RepeatPurchaseSummary summary(ResultSet rs) throws SQLException {
        return new RepeatPurchaseSummary(rs.getLong(1), rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getBigDecimal(5), rs.getInt(6));
    }
}
