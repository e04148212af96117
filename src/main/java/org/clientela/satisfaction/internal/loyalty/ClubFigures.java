package org.clientela.satisfaction.internal.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PeriodPurchases;
import org.clientela.platform.Interval;
import org.clientela.platform.Proportions;
import org.clientela.retention.SegmentMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The club's figures: members per tier, invitations sent and accepted, and how members bought in
 * the last days against comparable customers who are not members. Comparable means of the same RFM
 * segment, weighted to the members' mix of segments; still, members chose to join, and customers who
 * choose to join a club were likely to buy again anyway: the comparison shows a difference, not
 * what the club caused.
 */
@Service
public class ClubFigures {

    /** The fewest customers on each side for the comparison to be read. */
    public static final int MIN_GROUP = 30;
    /** Members compared at most (the oldest ones first): enough for a 95 % interval of about ±1 point. */
    static final int MAX_MEMBERS = 10_000;

    /** How many members hold each tier; {@code tier} null for those who reach none. */
    public record TierCount(Integer rank, String tier, long members) {}

    /**
     * One side of the comparison.
     *
     * @param customers   customers in the group
     * @param returned    of those, customers with an order in the window (for the non-members:
     *                    weighted to the members' segment mix, rounded)
     * @param rate        returned ÷ customers, with its 95 % interval
     * @param revenue     mean revenue per customer in the window
     */
    public record Side(long customers, long returned, double rate, Interval interval, BigDecimal revenue) {}

    /**
     * @param from       the window's first day
     * @param to         its last day
     * @param difference members' rate minus non-members', with its 95 % interval
     */
    public record Comparison(
            LocalDate from, LocalDate to, Side members, Side others, Interval difference, boolean enoughData) {}

    /** Everything the program's page and the API show. */
    public record Figures(
            long programId,
            List<TierCount> tiers,
            long members,
            Invitations.Counts invitations,
            Comparison comparison) {}

    private final JdbcClient jdbc;
    private final LoyaltyPrograms programs;
    private final Invitations invitations;
    private final SegmentMembers segments;
    private final CustomerPurchases purchases;
    private final LoyaltySettings settings;
    private final Clock clock;

    ClubFigures(
            JdbcClient jdbc,
            LoyaltyPrograms programs,
            Invitations invitations,
            SegmentMembers segments,
            CustomerPurchases purchases,
            LoyaltySettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.invitations = invitations;
        this.segments = segments;
        this.purchases = purchases;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Figures of(long programId) {
        Program program = programs.get(programId);
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT tier_rank, COUNT(*) FROM satisfaction_loyalty_member WHERE program_id = :p
                         GROUP BY tier_rank""").param("p", programId).query(rs -> {
            counts.put(rs.getObject(1) == null ? null : rs.getInt(1), rs.getLong(2));
        });
        List<TierCount> tiers = new ArrayList<>();
        for (int i = program.tiers().size() - 1; i >= 0; i--) {
            Tier tier = program.tiers().get(i);
            tiers.add(new TierCount(tier.rank(), tier.name(), counts.getOrDefault(tier.rank(), 0L)));
        }
        tiers.add(new TierCount(null, null, counts.getOrDefault(null, 0L)));
        long members = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(programId, tiers, members, invitations.counts(programId), compare(program));
    }

    /** Members who joined before the window against non-members of the same segments, in the window. */
    private Comparison compare(Program program) {
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(settings.comparisonDays() - 1L);
        ZoneId zone = clock.getZone();
        List<Long> memberIds = jdbc.sql("""
                        SELECT customer_id FROM satisfaction_loyalty_member WHERE program_id = :p AND joined_at < :from
                         ORDER BY joined_at, customer_id LIMIT :limit""")
                .param("p", program.id())
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("limit", MAX_MEMBERS)
                .query(Long.class)
                .list();
        Map<Long, String> memberSegments = segments.segmentsOf(memberIds);
        Map<String, Long> mix = new LinkedHashMap<>();
        memberSegments.values().forEach(s -> mix.merge(s, 1L, Long::sum));
        Set<Long> everyMember =
                new HashSet<>(jdbc.sql("SELECT customer_id FROM satisfaction_loyalty_member WHERE program_id = :p")
                        .param("p", program.id())
                        .query(Long.class)
                        .list());
        Map<String, List<Long>> othersBySegment = new LinkedHashMap<>();
        for (String segment : mix.keySet()) {
            othersBySegment.put(
                    segment,
                    segments.customersIn(segment, settings.comparisonPerSegment()).stream()
                            .filter(id -> !everyMember.contains(id))
                            .toList());
        }
        List<Long> compared = new ArrayList<>(memberSegments.keySet());
        Map<Long, PeriodPurchases> bought = new HashMap<>(purchases.inPeriod(compared, from, to));
        othersBySegment.values().forEach(ids -> bought.putAll(purchases.inPeriod(ids, from, to)));

        long membersReturned = compared.stream().filter(bought::containsKey).count();
        BigDecimal memberRevenue = revenue(compared, bought);
        Side memberSide = side(compared.size(), membersReturned, memberRevenue);

        // Non-members: each segment's rate and revenue weighted by the members' share of that segment.
        double weightedRate = 0;
        BigDecimal weightedRevenue = BigDecimal.ZERO;
        long others = 0;
        boolean everySegmentHasOthers = true;
        for (var entry : mix.entrySet()) {
            List<Long> ids = othersBySegment.get(entry.getKey());
            double weight = entry.getValue() / (double) compared.size();
            if (ids.isEmpty()) {
                everySegmentHasOthers = false;
                continue;
            }
            others += ids.size();
            long returned = ids.stream().filter(bought::containsKey).count();
            weightedRate += weight * returned / ids.size();
            weightedRevenue = weightedRevenue.add(revenue(ids, bought)
                    .divide(BigDecimal.valueOf(ids.size()), 6, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(weight)));
        }
        long othersReturned = Math.round(weightedRate * others);
        Side otherSide = new Side(
                others,
                othersReturned,
                others == 0 ? 0 : weightedRate,
                Proportions.wilson(othersReturned, others),
                weightedRevenue.setScale(2, RoundingMode.HALF_UP));
        boolean enough = compared.size() >= MIN_GROUP && others >= MIN_GROUP && everySegmentHasOthers;
        return new Comparison(
                from,
                to,
                memberSide,
                otherSide,
                Proportions.difference(membersReturned, compared.size(), othersReturned, others),
                enough);
    }

    private static Side side(long customers, long returned, BigDecimal revenue) {
        return new Side(
                customers,
                returned,
                customers == 0 ? 0 : returned / (double) customers,
                Proportions.wilson(returned, customers),
                customers == 0
                        ? BigDecimal.ZERO
                        : revenue.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP));
    }

    private static BigDecimal revenue(List<Long> ids, Map<Long, PeriodPurchases> bought) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Long id : ids) {
            PeriodPurchases p = bought.get(id);
            if (p != null && p.revenue() != null) {
                sum = sum.add(p.revenue());
            }
        }
        return sum;
    }
}
