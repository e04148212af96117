package org.clientela.retention.internal.losses;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerDirectory;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.platform.SharedValues;
import org.clientela.platform.Slice;
import org.clientela.retention.internal.fits.CustomerBaseModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers presumed lost: the customer-base model gives them a probability of still being active
 * below {@code clientela.retention.presumed-lost.below}, and nobody has marked them lost yet.
 * Scoring needs every customer's history, so it runs nightly (one instance only) or when someone
 * asks, streaming the histories and keeping only the candidates in {@code retention_presumed_lost}.
 */
@Service
public class PresumedLost {

    private static final Logger log = LoggerFactory.getLogger(PresumedLost.class);
    static final String REFRESHED = "retention.presumed-lost.refreshed-on";
    private static final int CHUNK = 5000;

    private final JdbcClient jdbc;
    private final CustomerPurchases histories;
    private final CustomerBaseModel model;
    private final CustomerDirectory customers;
    private final BulkInsert bulk;
    private final ExclusiveRuns runs;
    private final SharedValues shared;
    private final AuditLog audit;
    private final LossSettings settings;
    private final Clock clock;
    private final BusinessSettings business;

    PresumedLost(
            JdbcClient jdbc,
            CustomerPurchases histories,
            CustomerBaseModel model,
            CustomerDirectory customers,
            BulkInsert bulk,
            ExclusiveRuns runs,
            SharedValues shared,
            AuditLog audit,
            LossSettings settings,
            Clock clock,
            BusinessSettings business) {
        this.jdbc = jdbc;
        this.histories = histories;
        this.model = model;
        this.customers = customers;
        this.bulk = bulk;
        this.runs = runs;
        this.shared = shared;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.business = business;
    }

    /** One candidate, with what the model said. */
    public record Candidate(
            CustomerDirectory.CustomerRef customer,
            double probabilityAlive,
            int purchaseDays,
            LocalDate lastPurchase) {}

    /** Whether a customer-base model has been fitted (without one there are no candidates). */
    public boolean modelFitted() {
        return fit().isPresent();
    }

    /** The day of the last scoring, if any. */
    public Optional<LocalDate> refreshedOn() {
        return shared.get(REFRESHED).map(LocalDate::parse);
    }

    public double threshold() {
        return settings.presumedLost().below();
    }

    @Scheduled(cron = "${clientela.retention.presumed-lost.cron:0 40 4 * * *}", zone = "${clientela.time-zone}")
    void nightly() {
        runs.runExclusively("retention.presumed-lost", Duration.ofHours(2), this::refresh);
    }

    /**
     * Scores every customer who ever bought with the latest fit and keeps those under the
     * threshold; does nothing without a fit.
     *
     * @return how many candidates there are now, or -1 without a fitted model
     */
    @Transactional
    public int refresh() {
        Optional<CustomerBaseModel.Fit> fit = fit();
        if (fit.isEmpty()) {
            return -1;
        }
        LocalDate today = LocalDate.now(clock);
        double below = threshold();
        List<Object[]> rows = new ArrayList<>();
        histories.forEachHistory(today, currency(), h -> {
            double p = fit.get().probabilityAlive(h.repeatPurchases(), h.weeksToLast(), h.weeksObserved(today));
            if (p < below) {
                rows.add(new Object[] {
                    h.customerId(), p, h.purchaseDays(), Date.valueOf(h.lastPurchase()), Date.valueOf(today)
                });
            }
        });
        jdbc.sql("DELETE FROM retention_presumed_lost").update();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            bulk.insert(
                    "retention_presumed_lost",
                    List.of("customer_id", "probability_alive", "purchase_days", "last_purchase", "computed_on"),
                    rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
        shared.put(REFRESHED, today.toString());
        audit.record(
                "PRESUMED_LOST_SCORED",
                "retention",
                null,
                rows.size() + " customers presumed lost (probability alive < " + below + ")",
                null,
                null,
                rows.size());
        log.info("Presumed lost: {} customers under {}", rows.size(), below);
        return rows.size();
    }

    /** A page of candidates not marked lost, the least likely to be active first. */
    @Transactional(readOnly = true)
    public Slice<Candidate> page(int page, int size) {
        record Row(long customerId, double p, int days, LocalDate last) {}
        List<Row> rows = jdbc.sql("""
                        SELECT p.customer_id, p.probability_alive, p.purchase_days, p.last_purchase
                          FROM retention_presumed_lost p
                         WHERE NOT EXISTS (SELECT 1 FROM retention_loss l WHERE l.open_customer_id = p.customer_id)
                           AND """ + BlockedCustomers.visible("p.customer_id") + """
                         ORDER BY p.probability_alive, p.customer_id LIMIT :limit OFFSET :offset""")
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query((rs, n) ->
                        new Row(rs.getLong(1), rs.getDouble(2), rs.getInt(3), rs.getObject(4, LocalDate.class)))
                .list();
        Slice<Row> slice = Slice.of(rows, page, size);
        Map<Long, CustomerDirectory.CustomerRef> names =
                customers.findAll(slice.items().stream().map(Row::customerId).toList());
        List<Candidate> candidates = slice.items().stream()
                .filter(r -> names.containsKey(r.customerId()))
                .map(r -> new Candidate(names.get(r.customerId()), r.p(), r.days(), r.last()))
                .toList();
        return new Slice<>(candidates, slice.page(), slice.size(), slice.hasNext());
    }

    private Optional<CustomerBaseModel.Fit> fit() {
        return model.latest();
    }

    /** The business currency as the settings page has it now. */
    private String currency() {
        return business.currency().getCurrencyCode();
    }
}
