package org.clientela.retention.internal.losses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clientela.customers.CustomerDirectory.CustomerRef;

/**
 * How much of the business hangs on a few customers, over the revenue of one period.
 *
 * @param customers   customers who bought in the period
 * @param total       their revenue together
 * @param top1Share   share (0–1) of the biggest customer in {@code total}; likewise top 5 and 10
 * @param herfindahl  Σ share² over every customer (0–1): 1 when one customer is everything,
 *                    1/n when n customers buy the same
 * @param biggest     the biggest customers, largest first
 * @param alertShare  the share above which one customer is too big (setting)
 * @param grossMargin the margin used for the what-if (setting)
 */
public record Concentration(
        LocalDate from,
        LocalDate to,
        String currency,
        long customers,
        BigDecimal total,
        double top1Share,
        double top5Share,
        double top10Share,
        double herfindahl,
        List<Big> biggest,
        double alertShare,
        double grossMargin) {

    /**
     * One of the biggest customers and their part of the revenue. A blocked customer (LOPDGDD art.
     * 32) keeps their place and figures, but not their name or number: {@code blocked}, and the
     * reference holds only the id.
     */
    public record Big(CustomerRef customer, BigDecimal revenue, long orders, double share, boolean blocked) {}

    public boolean isEmpty() {
        return customers == 0 || total.signum() <= 0;
    }

    /** Whether the biggest customer passes the alert share. */
    public boolean alert() {
        return !isEmpty() && top1Share > alertShare;
    }

    /** As many equal customers as would give the same Herfindahl index (1 / H). */
    public double equivalentCustomers() {
        return herfindahl == 0 ? 0 : 1 / herfindahl;
    }

    /** What the biggest customer bought in the period: the sales lost in a year if they leave. */
    public BigDecimal biggestRevenue() {
        return biggest.isEmpty() ? BigDecimal.ZERO : biggest.get(0).revenue();
    }

    /** The margin on {@link #biggestRevenue()}, at the configured gross margin. */
    public BigDecimal biggestMargin() {
        return biggestRevenue().multiply(BigDecimal.valueOf(grossMargin)).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
