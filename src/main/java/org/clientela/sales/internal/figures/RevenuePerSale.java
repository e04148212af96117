package org.clientela.sales.internal.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clientela.platform.Bootstrap;
import org.clientela.platform.Interval;

/**
 * The sum of won amounts divided by the won deals, with the bootstrap 95 % interval of that mean and
 * how many deals; {@code null}s when there are none.
 */
public record RevenuePerSale(BigDecimal value, BigDecimal low, BigDecimal high, int n) {

    public static RevenuePerSale of(double[] amounts) {
        if (amounts.length == 0) {
            return new RevenuePerSale(null, null, null, 0);
        }
        Interval interval = Bootstrap.mean(amounts);
        return new RevenuePerSale(
                cents(Bootstrap.average(amounts)), cents(interval.low()), cents(interval.high()), amounts.length);
    }

    private static BigDecimal cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
