package org.clientela.sales.internal.figures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One read of the prospects for the prospect-based figures of one or more sides that share a
 * period: per group, the counts behind the three ratios and the deals won.
 *
 * <p>Each prospect whose first conversation, first meeting or decision falls in the period is
 * reduced to its group key(s), six 0/1 flags and, for a deal won in the period, its amount and the
 * moments of its first conversation and its win; the database counts the distinct combinations, so
 * what comes back is a few rows per group plus about one per won deal, and Java adds them up.
 * Grouped by month, each figure takes the month of its own moment. With two sides (a comparison),
 * each side's filter is a 0/1 column instead of a condition, so both sides come from the same read
 * even when they overlap (a campaign against one of its sellers).
 */
final class ProspectPass {

    /** One side's counts: per group, the three ratios' {numerator, denominator} and its won deals. */
    record Tally(SalesCounts.StageCounts stages, Map<String, List<SalesCounts.WonDeal>> won) {}

    /**
     * The order a group's won deals are handed to the bootstrap in: by amount, then cycle days (none
     * first). Without it the order would be the database's, and a resampled interval (fewer than a
     * hundred deals) could differ between H2 and PostgreSQL, or between two plans, on the same deals.
     */
    static final Comparator<SalesCounts.WonDeal> DEAL_ORDER = Comparator.comparingDouble(SalesCounts.WonDeal::amount)
            .thenComparing(SalesCounts.WonDeal::days, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final JdbcClient jdbc;

    ProspectPass(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One tally per side, in the order given; every side must have the period of the first. */
    List<Tally> count(GroupBy group, List<FigureScope> sides) {
        FigureScope period = sides.get(0);
        Map<String, Object> params = new HashMap<>();
        String conversation = SalesCounts.inPeriod(period, "p.first_conversation_at", params);
        String meeting = SalesCounts.inPeriod(period, "p.first_meeting_at", params);
        String decided = SalesCounts.inPeriod(period, "p.decided_at", params) + " AND p.outcome IN ('WON', 'LOST')";
        String won = decided + " AND p.outcome = 'WON'";
        boolean byMonth = group == GroupBy.MONTH;
        String keys = byMonth
                ? "CASE WHEN " + conversation + " THEN " + group.prospectKey("p.first_conversation_at") + " END AS ck,"
                        + " CASE WHEN " + meeting + " THEN " + group.prospectKey("p.first_meeting_at") + " END AS mk,"
                        + " CASE WHEN " + decided + " THEN " + group.prospectKey("p.decided_at") + " END AS dk"
                : group.prospectKey(null) + " AS k";
        StringBuilder columns = new StringBuilder(byMonth ? "f.ck, f.mk, f.dk" : "f.k");
        StringBuilder sideFlags = new StringBuilder();
        StringBuilder where =
                new StringBuilder(" WHERE ((" + conversation + ") OR (" + meeting + ") OR (" + decided + "))");
        if (sides.size() == 1) {
            where.append(" AND ").append(SalesCounts.filter(sides.get(0), params, ""));
        } else {
            List<String> any = new ArrayList<>();
            for (int i = 0; i < sides.size(); i++) {
                String filter = SalesCounts.filter(sides.get(i), params, String.valueOf(i));
                sideFlags.append(" CASE WHEN ").append(filter).append(" THEN 1 ELSE 0 END AS s" + i + ",");
                columns.append(", f.s").append(i);
                any.add("(" + filter + ")");
            }
            where.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        columns.append(", f.conversation, f.appointment, f.meeting, f.proposal, f.decided, f.won, f.amount, f.talked,"
                + " f.closed");
        boolean campaign = group == GroupBy.STRATEGY || sides.stream().anyMatch(side -> side.strategy() != null);
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            tallies.add(new Tally(
                    new SalesCounts.StageCounts(new HashMap<>(), new HashMap<>(), new HashMap<>()), new HashMap<>()));
        }
        Map<String, String> shown = new HashMap<>();
        jdbc.sql("SELECT " + columns + ", COUNT(*) AS n FROM (SELECT " + keys + "," + sideFlags
                        + " CASE WHEN " + conversation + " THEN 1 ELSE 0 END AS conversation,"
                        + " CASE WHEN p.first_appointment_at IS NOT NULL THEN 1 ELSE 0 END AS appointment,"
                        + " CASE WHEN " + meeting + " THEN 1 ELSE 0 END AS meeting,"
                        + " CASE WHEN p.first_proposal_at IS NOT NULL THEN 1 ELSE 0 END AS proposal,"
                        + " CASE WHEN " + decided + " THEN 1 ELSE 0 END AS decided,"
                        + " CASE WHEN p.outcome = 'WON' THEN 1 ELSE 0 END AS won,"
                        + " CASE WHEN " + won + " THEN p.won_amount END AS amount,"
                        + " CASE WHEN " + won + " THEN p.first_conversation_at END AS talked,"
                        + " CASE WHEN " + won + " THEN p.decided_at END AS closed"
                        + " FROM sales_prospect p"
                        + (campaign ? " LEFT JOIN sales_campaign c ON c.id = p.campaign_id" : "") + where
                        + ") f GROUP BY " + columns)
                .params(params)
                .query(rs -> {
                    long n = rs.getLong("n");
                    String key = byMonth ? null : shown(group, rs.getString("k"), shown);
                    boolean talked = rs.getInt("conversation") == 1;
                    boolean met = rs.getInt("meeting") == 1;
                    boolean closed = rs.getInt("decided") == 1;
                    int appointment = rs.getInt("appointment");
                    int proposal = rs.getInt("proposal");
                    int win = rs.getInt("won");
                    String talkedKey = talked && byMonth ? shown(group, rs.getString("ck"), shown) : key;
                    String metKey = met && byMonth ? shown(group, rs.getString("mk"), shown) : key;
                    String closedKey = closed && byMonth ? shown(group, rs.getString("dk"), shown) : key;
                    SalesCounts.WonDeal deal = closed && win == 1 ? deal(rs) : null;
                    for (int i = 0; i < tallies.size(); i++) {
                        if (tallies.size() > 1 && rs.getInt("s" + i) == 0) {
                            continue;
                        }
                        Tally tally = tallies.get(i);
                        if (talked) {
                            add(tally.stages().conversations(), talkedKey, appointment, n);
                        }
                        if (met) {
                            add(tally.stages().meetings(), metKey, proposal, n);
                        }
                        if (closed && proposal == 1) {
                            add(tally.stages().decided(), closedKey, win, n);
                        }
                        if (deal != null) {
                            List<SalesCounts.WonDeal> deals =
                                    tally.won().computeIfAbsent(closedKey, k -> new ArrayList<>());
                            for (long copy = 0; copy < n; copy++) {
                                deals.add(deal);
                            }
                        }
                    }
                });
        tallies.forEach(tally -> tally.won().values().forEach(deals -> deals.sort(DEAL_ORDER)));
        return tallies;
    }

    /** The key as shown, made once per key read (a month's text is made for every won deal otherwise). */
    private static String shown(GroupBy group, String key, Map<String, String> shown) {
        return key == null ? null : shown.computeIfAbsent(key, group::shown);
    }

    private static SalesCounts.WonDeal deal(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        OffsetDateTime conversation = rs.getObject("talked", OffsetDateTime.class);
        OffsetDateTime decided = rs.getObject("closed", OffsetDateTime.class);
        Double days = conversation == null
                ? null
                : Duration.between(conversation, decided).getSeconds() / 86_400.0;
        return new SalesCounts.WonDeal(amount == null ? 0 : amount.doubleValue(), days);
    }

    private static void add(Map<String, long[]> counts, String key, int reached, long n) {
        long[] pair = counts.computeIfAbsent(key, k -> new long[2]);
        pair[0] += reached * n;
        pair[1] += n;
    }
}
