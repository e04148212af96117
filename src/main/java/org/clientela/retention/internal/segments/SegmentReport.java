package org.clientela.retention.internal.segments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientela.customers.BlockedCustomers;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the segmentation run wrote: the count and revenue per segment, a segment's customers, one customer's segment. */
@Service
@Transactional(readOnly = true)
public class SegmentReport {

    /** How the customers of a segment can be listed. */
    public enum Sort {
        REVENUE("revenue DESC, customer_id"),
        RECENT("last_purchase DESC, customer_id");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private static final RowMapper<Member> MEMBER = (rs, n) -> new Member(
            rs.getLong("customer_id"),
            RfmSegment.valueOf(rs.getString("segment")),
            rs.getInt("r"),
            rs.getInt("f"),
            rs.getInt("m"),
            rs.getObject("last_purchase", LocalDate.class),
            rs.getLong("orders"),
            rs.getObject("purchase_days", Integer.class),
            rs.getBigDecimal("revenue"));

    private final JdbcClient jdbc;

    SegmentReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Run> latestRun() {
        return jdbc.sql("""
                        SELECT computed_at, as_of, customers, buyers_since, duration_ms FROM retention_segment_run
                         ORDER BY id DESC LIMIT 1""")
                .query((rs, n) -> new Run(
                        rs.getTimestamp(1).toInstant(),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getLong(5)))
                .optional();
    }

    /** Every segment in order, with zero for the empty ones. */
    public List<SegmentTotal> totals() {
        Map<RfmSegment, long[]> counts = new EnumMap<>(RfmSegment.class);
        Map<RfmSegment, BigDecimal> revenue = new EnumMap<>(RfmSegment.class);
        jdbc.sql("SELECT segment, COUNT(*), SUM(revenue) FROM retention_customer_segment GROUP BY segment")
                .query(rs -> {
                    RfmSegment s = RfmSegment.valueOf(rs.getString(1));
                    counts.put(s, new long[] {rs.getLong(2)});
                    revenue.put(s, rs.getBigDecimal(3));
                });
        long allCustomers = counts.values().stream().mapToLong(c -> c[0]).sum();
        BigDecimal allRevenue = revenue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return java.util.Arrays.stream(RfmSegment.values())
                .map(s -> {
                    long customers = counts.getOrDefault(s, new long[] {0})[0];
                    BigDecimal amount = revenue.getOrDefault(s, BigDecimal.ZERO);
                    return new SegmentTotal(
                            s,
                            customers,
                            amount,
                            allCustomers == 0 ? 0 : (double) customers / allCustomers,
                            allRevenue.signum() == 0
                                    ? 0
                                    : amount.divide(allRevenue, MathContext.DECIMAL64)
                                            .doubleValue());
                })
                .toList();
    }

    /** One page of a segment's customers. */
    public Slice<Member> members(RfmSegment segment, Sort sort, int page, int size) {
        return Slice.of(
                jdbc.sql("SELECT * FROM retention_customer_segment WHERE segment = :segment AND "
                                + BlockedCustomers.visible("retention_customer_segment.customer_id")
                                + " ORDER BY " + sort.orderBy
                                + " LIMIT :limit OFFSET :offset")
                        .param("segment", segment.name())
                        .param("limit", size + 1)
                        .param("offset", (long) page * size)
                        .query(MEMBER)
                        .list(),
                page,
                size);
    }

    /** The customer's segment at the latest run, or empty when they had no orders then. */
    public Optional<Member> of(long customerId) {
        return jdbc.sql("SELECT * FROM retention_customer_segment WHERE customer_id = :id")
                .param("id", customerId)
                .query(MEMBER)
                .optional();
    }

    public record Run(Instant computedAt, LocalDate asOf, long customers, LocalDate buyersSince, long durationMs) {}

    /**
     * @param customerShare part of all segmented customers, 0 to 1
     * @param revenueShare  part of all their revenue, 0 to 1
     */
    public record SegmentTotal(
            RfmSegment segment, long customers, BigDecimal revenue, double customerShare, double revenueShare) {}

    /**
     * @param orders       orders up to the run's day
     * @param purchaseDays different days with an order, the frequency that was scored; null for a
     *                     row written before the segments counted purchase days
     */
    public record Member(
            long customerId,
            RfmSegment segment,
            int r,
            int f,
            int m,
            LocalDate lastPurchase,
            long orders,
            Integer purchaseDays,
            BigDecimal revenue) {}
}
