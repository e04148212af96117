package org.clientela.retention.internal.losses;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.figures.CustomerRevenue;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.figures.Spread;
import org.clientela.platform.BusinessSettings;
import org.clientela.retention.internal.RetentionSettingGroups;
import org.clientela.retention.internal.figures.FigureSnapshots;
import org.springframework.stereotype.Service;

/**
 * Concentration risk ("no pongas todos los huevos en la misma cesta"): the shares of the top 1, 5
 * and 10 customers in the last 12 months' revenue, the Herfindahl index Σ share², computed from
 * Σ revenue² / (Σ revenue)² summed by the database, and what losing the biggest customer would cost.
 */
@Service
public class ConcentrationReport {

    static final int LISTED = 10;

    private final PurchaseFigures revenue;
    private final CustomerDirectory customers;
    private final BlockedCustomers blockedCustomers;
    private final LossSettings settings;
    private final FigureSnapshots snapshots;
    private final BusinessSettings business;

    ConcentrationReport(
            PurchaseFigures revenue,
            CustomerDirectory customers,
            BlockedCustomers blockedCustomers,
            LossSettings settings,
            FigureSnapshots snapshots,
            BusinessSettings business) {
        this.revenue = revenue;
        this.snapshots = snapshots;
        this.customers = customers;
        this.blockedCustomers = blockedCustomers;
        this.settings = settings;
        this.business = business;
    }

    /** The 12 months up to and including {@code today}, kept for the day (see {@link FigureSnapshots}). */
    public Concentration lastYear(LocalDate today) {
        LocalDate from = today.minusYears(1).plusDays(1);
        LocalDate to = today.plusDays(1);
        return of(
                from,
                to,
                snapshots.daily(
                        "concentration", today, Spread.class, () -> revenue.spread(from, to, currency(), LISTED)));
    }

    /** Any period, computed now. */
    public Concentration between(LocalDate from, LocalDate to) {
        return of(from, to, revenue.spread(from, to, currency(), LISTED));
    }

    private Concentration of(LocalDate from, LocalDate to, Spread spread) {
        BigDecimal total = spread.total();
        List<Long> ids =
                spread.biggest().stream().map(CustomerRevenue::customerId).toList();
        Map<Long, CustomerDirectory.CustomerRef> names = customers.findAll(ids);
        // The figures keep every customer; a blocked one's name is left out (asked now, not kept for the day).
        Set<Long> blocked = blockedCustomers.blockedAmong(ids);
        List<Concentration.Big> biggest = spread.biggest().stream()
                .map(c -> new Concentration.Big(
                        blocked.contains(c.customerId())
                                ? new CustomerDirectory.CustomerRef(c.customerId(), "", "")
                                : names.getOrDefault(
                                        c.customerId(),
                                        new CustomerDirectory.CustomerRef(c.customerId(), "", "#" + c.customerId())),
                        c.revenue(),
                        c.orders(),
                        share(c.revenue(), total),
                        blocked.contains(c.customerId())))
                .toList();
        double herfindahl = total.signum() <= 0
                ? 0
                : spread.sumOfSquares()
                        .divide(total.multiply(total), MathContext.DECIMAL64)
                        .doubleValue();
        return new Concentration(
                from,
                to,
                currency(),
                spread.customers(),
                total,
                topShare(spread, 1),
                topShare(spread, 5),
                topShare(spread, 10),
                herfindahl,
                biggest,
                business.decimal(RetentionSettingGroups.CONCENTRATION_ALERT_SHARE),
                business.decimal(RetentionSettingGroups.GROSS_MARGIN));
    }

    private static double topShare(Spread spread, int n) {
        return share(
                spread.biggest().stream()
                        .limit(n)
                        .map(CustomerRevenue::revenue)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                spread.total());
    }

    private static double share(BigDecimal part, BigDecimal total) {
        return total.signum() <= 0
                ? 0
                : part.divide(total, MathContext.DECIMAL64).doubleValue();
    }

    /** The business currency as the settings page has it now. */
    private String currency() {
        return business.currency().getCurrencyCode();
    }
}
