package org.clientela.orders.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clientela.orders.PurchaseRhythm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One customer's purchase days and last year's revenue, read through {@code sales_order_customer_idx}. */
@Component
@Transactional(readOnly = true)
class JdbcPurchaseRhythm implements PurchaseRhythm {

    private final JdbcClient jdbc;

    JdbcPurchaseRhythm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Rhythm> of(long customerId, LocalDate asOf) {
        List<LocalDate> days = jdbc.sql("""
                        SELECT DISTINCT order_date FROM sales_order
                         WHERE customer_id = :id AND order_date <= :asOf ORDER BY order_date""")
                .param("id", customerId).param("asOf", asOf)
                .query(LocalDate.class).list();
        if (days.isEmpty()) {
            return Optional.empty();
        }
        List<Revenue> lastYear = jdbc.sql("""
                        SELECT currency, SUM(total_amount) AS amount FROM sales_order
                         WHERE customer_id = :id AND order_date > :from AND order_date <= :asOf
                         GROUP BY currency ORDER BY amount DESC""")
                .param("id", customerId).param("from", asOf.minusDays(365)).param("asOf", asOf)
                .query((rs, n) -> new Revenue(rs.getString("currency"), rs.getBigDecimal("amount")))
                .list();
        return Optional.of(new Rhythm(days.size(), medianGap(days), days.get(days.size() - 1), lastYear));
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
}
