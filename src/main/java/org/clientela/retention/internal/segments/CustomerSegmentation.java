package org.clientela.retention.internal.segments;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clientela.orders.figures.PurchaseFigures;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.platform.AuditLog;
import org.clientela.platform.BulkInsert;
import org.clientela.platform.ExclusiveRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every customer's RFM segment and the category pairs, nightly and on demand, on one
 * instance at a time. The orders module ranks the customers (one aggregate query over its own
 * tables) and streams the rows; this run maps each to its segment and writes them in batches
 * ({@code COPY} on PostgreSQL). The old figures are replaced in the same transaction, so pages
 * read either yesterday's segments or today's, never half of each.
 */
@Service
public class CustomerSegmentation {

    static final String RUN_NAME = "retention-segments";
    private static final Logger log = LoggerFactory.getLogger(CustomerSegmentation.class);
    private static final List<String> COLUMNS = List.of(
            "customer_id",
            "r",
            "f",
            "m",
            "segment",
            "last_purchase",
            "orders",
            "purchase_days",
            "revenue",
            "computed_at");

    private final CustomerPurchases ranking;
    private final PurchaseFigures categories;
    private final BulkInsert bulk;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ExclusiveRuns exclusiveRuns;
    private final AuditLog audit;
    private final SegmentSettings settings;
    private final Clock clock;

    CustomerSegmentation(
            CustomerPurchases ranking,
            PurchaseFigures categories,
            BulkInsert bulk,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ExclusiveRuns exclusiveRuns,
            AuditLog audit,
            SegmentSettings settings,
            Clock clock) {
        this.ranking = ranking;
        this.categories = categories;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.exclusiveRuns = exclusiveRuns;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The nightly run. */
    @Scheduled(cron = "${clientela.retention.segments.cron:0 30 2 * * *}", zone = "${clientela.time-zone:UTC}")
    void nightly() {
        runNow();
    }

    /**
     * Runs now unless another instance is running it.
     *
     * @return the customers segmented, or -1 when another instance was running it
     */
    public long runNow() {
        long[] customers = {-1};
        exclusiveRuns.runExclusively(RUN_NAME, Duration.ofHours(2), () -> customers[0] = compute());
        return customers[0];
    }

    private long compute() {
        Instant started = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate recentSince = today.minusMonths(settings.recentMonths());
        Long written = transactions.execute(status -> {
            jdbc.sql("DELETE FROM retention_customer_segment").update();
            Timestamp now = Timestamp.from(started);
            List<Object[]> batch = new ArrayList<>(settings.batchSize());
            long[] count = {0};
            ranking.rankAll(today, c -> {
                RfmSegment segment = RfmSegment.of(c.recency(), c.frequency(), c.monetary());
                batch.add(new Object[] {
                    c.customerId(),
                    c.recency(),
                    c.frequency(),
                    c.monetary(),
                    segment.name(),
                    Date.valueOf(c.lastPurchase()),
                    c.orders(),
                    c.purchaseDays(),
                    c.revenue(),
                    now
                });
                if (batch.size() == settings.batchSize()) {
                    bulk.insert("retention_customer_segment", COLUMNS, batch);
                    count[0] += batch.size();
                    batch.clear();
                }
            });
            bulk.insert("retention_customer_segment", COLUMNS, batch);
            count[0] += batch.size();

            jdbc.sql("DELETE FROM retention_category_pair").update();
            List<Object[]> pairs = categories.categoryPairs(recentSince).stream()
                    .map(p -> new Object[] {p.first(), p.second(), p.customers(), p.stillBuyingSecond()})
                    .toList();
            bulk.insert(
                    "retention_category_pair",
                    List.of("first_category", "second_category", "customers", "still_buying"),
                    new ArrayList<>(pairs));

            long millis = Duration.between(started, clock.instant()).toMillis();
            jdbc.sql("""
                            INSERT INTO retention_segment_run (computed_at, as_of, customers, buyers_since, duration_ms)
                            VALUES (:at, :asOf, :customers, :since, :ms)""")
                    .param("at", now)
                    .param("asOf", today)
                    .param("customers", count[0])
                    .param("since", recentSince)
                    .param("ms", millis)
                    .update();
            audit.record(
                    "SEGMENTS_COMPUTED",
                    "retention_segments",
                    null,
                    count[0] + " customers segmented in " + millis + " ms",
                    null,
                    null,
                    count[0]);
            return count[0];
        });
        bulk.refreshStatistics("retention_customer_segment", "retention_category_pair");
        log.info(
                "RFM segments: {} customers in {} ms",
                written,
                Duration.between(started, clock.instant()).toMillis());
        return written == null ? 0 : written;
    }
}
