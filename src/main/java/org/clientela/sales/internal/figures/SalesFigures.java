package org.clientela.sales.internal.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales KPIs per group, over the prospects whose <em>defining</em> moment falls in the period
 * [from, to):
 *
 * <ul>
 *   <li>conversation → appointment: of the prospects whose first conversation is in the period,
 *       the share that (ever) had an appointment agreed;
 *   <li>first appointment → proposal: of the prospects whose first meeting is in the period, the
 *       share that got a proposal;
 *   <li>close ratio: won ÷ (won + lost) among prospects with a proposal decided in the period;
 *   <li>sales cycle: days from the first conversation to the win, over the deals won in the period
 *       (median, mean with a bootstrap interval, n; deals with no conversation logged are left out);
 *   <li>average revenue per sale: the sum of the won amounts ÷ the deals won in the period
 *       (bootstrap interval, n);
 *   <li>minutes by kind: the minutes of the activities done in the period, per kind.
 * </ul>
 *
 * Ratios carry a 95 % Wilson interval. Grouped by month, each figure takes the month of its own
 * defining moment.
 */
@Service
@Transactional(readOnly = true)
public class SalesFigures {

    private final SalesCounts counts;

    SalesFigures(SalesCounts counts) {
        this.counts = counts;
    }

    /** One row per group that has anything to show, ordered by key (prospects with no group last). */
    public List<KpiRow> kpis(FigureScope scope, GroupBy group) {
        return figures(scope, group).rows();
    }

    /** The KPIs of everything in the scope, as one row keyed {@code ALL}. */
    public KpiRow total(FigureScope scope) {
        return side(scope).row();
    }

    /**
     * The KPIs per group and of everything in the scope (the funnel page's table and headline) from
     * one read: every prospect and won deal falls in exactly one group (or the group of none), so the
     * total is the groups' counts added up and their deals put together. The minutes are added up
     * too when the groups' came from the day sums, which also answer for everything; grouped by the
     * prospect's sector, band or research they came from the steps, and the total is read as
     * {@link #total} reads it.
     */
    public Table table(FigureScope scope, GroupBy group) {
        Figures grouped = figures(scope, group);
        Map<String, long[]> conversations = new HashMap<>();
        Map<String, long[]> meetings = new HashMap<>();
        Map<String, long[]> decided = new HashMap<>();
        List<SalesCounts.WonDeal> deals = new ArrayList<>();
        grouped.tally().stages().conversations().values().forEach(pair -> add(conversations, pair));
        grouped.tally().stages().meetings().values().forEach(pair -> add(meetings, pair));
        grouped.tally().stages().decided().values().forEach(pair -> add(decided, pair));
        grouped.tally().won().values().forEach(deals::addAll);
        deals.sort(ProspectPass.DEAL_ORDER);
        Map<String, Long> minutes = new HashMap<>();
        if (group.dayKey() != null) {
            grouped.minutes()
                    .values()
                    .forEach(byKind -> byKind.forEach((kind, m) -> minutes.merge(kind, m, Long::sum)));
        } else {
            minutes.putAll(counts.minutes(scope, GroupBy.ALL).getOrDefault("ALL", Map.of()));
        }
        ProspectPass.Tally all = new ProspectPass.Tally(
                new SalesCounts.StageCounts(conversations, meetings, decided), Map.of("ALL", deals));
        return new Table(grouped.rows(), row("ALL", all, minutes));
    }

    /** The KPIs per group and of everything. */
    public record Table(List<KpiRow> rows, KpiRow total) {}

    /**
     * The KPIs of everything in the scope, with the cycle days and won amounts of its won deals
     * behind them, for comparing two groups.
     */
    public Side side(FigureScope scope) {
        return sides(List.of(scope)).get(0);
    }

    /**
     * {@link #side} of each scope, from one read of the prospects and one of the day sums for all of
     * them when they share a period, as a comparison's two sides do.
     */
    public List<Side> sides(List<FigureScope> scopes) {
        List<ProspectPass.Tally> tallies = counts.tallies(scopes);
        List<Map<String, Long>> minutes = counts.sideMinutes(scopes);
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            List<SalesCounts.WonDeal> deals = tallies.get(i).won().getOrDefault("ALL", List.of());
            sides.add(new Side(
                    row("ALL", tallies.get(i), minutes.get(i)), new WonSamples(cycleDays(deals), amounts(deals))));
        }
        return sides;
    }

    /** The KPIs of a scope as one row and the samples its cycle and revenue intervals come from. */
    public record Side(KpiRow row, WonSamples won) {}

    /** The deals won in a scope, one value per deal: days of its cycle (when known) and amount. */
    public record WonSamples(double[] cycleDays, double[] amounts) {}

    private record Figures(List<KpiRow> rows, ProspectPass.Tally tally, Map<String, Map<String, Long>> minutes) {}

    private Figures figures(FigureScope scope, GroupBy group) {
        ProspectPass.Tally tally = counts.tally(scope, group);
        SalesCounts.StageCounts stages = tally.stages();
        Map<String, Map<String, Long>> minutes = counts.minutes(scope, group);
        Set<String> keys = new HashSet<>();
        keys.addAll(stages.conversations().keySet());
        keys.addAll(stages.meetings().keySet());
        keys.addAll(stages.decided().keySet());
        keys.addAll(tally.won().keySet());
        keys.addAll(minutes.keySet());
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        List<KpiRow> rows = new ArrayList<>();
        for (String key : ordered) {
            rows.add(row(key, tally, minutes.getOrDefault(key, Map.of())));
        }
        return new Figures(rows, tally, minutes);
    }

    /** The row of one group of a tally. */
    private static KpiRow row(String key, ProspectPass.Tally tally, Map<String, Long> minutes) {
        List<SalesCounts.WonDeal> deals = tally.won().getOrDefault(key, List.of());
        return new KpiRow(
                key,
                ratio(tally.stages().conversations().get(key)),
                ratio(tally.stages().meetings().get(key)),
                ratio(tally.stages().decided().get(key)),
                CycleDays.of(cycleDays(deals)),
                RevenuePerSale.of(amounts(deals)),
                new TreeMap<>(minutes));
    }

    private static void add(Map<String, long[]> total, long[] pair) {
        long[] sum = total.computeIfAbsent("ALL", k -> new long[2]);
        sum[0] += pair[0];
        sum[1] += pair[1];
    }

    private static double[] cycleDays(List<SalesCounts.WonDeal> deals) {
        return deals.stream()
                .map(SalesCounts.WonDeal::days)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    private static double[] amounts(List<SalesCounts.WonDeal> deals) {
        return deals.stream().mapToDouble(SalesCounts.WonDeal::amount).toArray();
    }

    /** The funnel of the prospects targeted in the scope's period (all, when it has none). */
    public Funnel funnel(FigureScope scope) {
        return Funnel.of(counts.funnel(scope));
    }

    /** The name of a campaign, if it exists. */
    public java.util.Optional<String> campaignName(long id) {
        return counts.campaignName(id);
    }

    /** Every campaign, by name. */
    public List<CampaignChoice> campaigns() {
        return counts.campaigns();
    }

    /** The customers a campaign won and the moment each was won. */
    public Map<Long, java.time.Instant> wonCustomers(long campaignId) {
        return counts.wonCustomers(campaignId);
    }

    private static Ratio ratio(long[] numeratorAndDenominator) {
        return numeratorAndDenominator == null
                ? Ratio.of(0, 0)
                : Ratio.of(numeratorAndDenominator[0], numeratorAndDenominator[1]);
    }
}
