package org.clientela.retention.internal.model;

/**
 * Expected lifetime value of a customer over a horizon of whole months, discounted monthly:
 * Σₘ (E[Y(m)] − E[Y(m − 1)]) × E[spend] / (1 + d)^m for m = 1 … horizon, where E[Y(m)] is the
 * BG/NBD expected number of purchases in the next m months and E[spend] the Gamma-Gamma expected
 * spend per purchase. A month is 365.25/12 days.
 *
 * @param horizonMonths       months ahead (e.g. 12)
 * @param monthlyDiscountRate d, e.g. 0.01 for 1 % a month
 * @param unitsPerMonth       the model's time units in a month (4.348 when fitted in weeks)
 */
public record LifetimeValue(int horizonMonths, double monthlyDiscountRate, double unitsPerMonth) {

    public LifetimeValue {
        if (horizonMonths < 1
                || horizonMonths > 600
                || !(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)
                || !(unitsPerMonth > 0)) {
            throw new IllegalArgumentException("A horizon of 1 to 600 months and a rate in [0, 1) are needed");
        }
    }

    /** Months in days, for models fitted with a time unit of {@code unitDays} days. */
    public static LifetimeValue forUnitOfDays(int horizonMonths, double monthlyDiscountRate, double unitDays) {
        return new LifetimeValue(horizonMonths, monthlyDiscountRate, 365.25 / 12 / unitDays);
    }

    public double of(
            BgNbdParameters purchases, GammaGammaParameters spend, int x, double tx, double T, double meanSpend) {
        double perPurchase = spend.expectedSpend(x, meanSpend);
        if (perPurchase == 0 || Double.isNaN(perPurchase)) {
            return 0;
        }
        double value = 0;
        double before = 0;
        for (int m = 1; m <= horizonMonths; m++) {
            double upTo = purchases.expectedPurchases(x, tx, T, m * unitsPerMonth);
            value += Math.max(0, upTo - before) * perPurchase / Math.pow(1 + monthlyDiscountRate, m);
            before = upTo;
        }
        return value;
    }
}
