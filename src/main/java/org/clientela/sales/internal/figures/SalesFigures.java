package org.clientela.sales.internal.figures;

import java.util.ArrayList;
import java.util.Comparator;
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
     * The KPIs of everything in the scope, with the cycle days and won amounts of its won deals
     * behind them, for comparing two groups: one read of the deals for both.
     */
    public Side side(FigureScope scope) {
        Figures all = figures(scope, GroupBy.ALL);
        List<SalesCounts.WonDeal> deals = all.won().getOrDefault("ALL", List.of());
        return new Side(
                all.rows().isEmpty() ? empty() : all.rows().get(0), new WonSamples(cycleDays(deals), amounts(deals)));
    }

    /** The KPIs of a scope as one row and the samples its cycle and revenue intervals come from. */
    public record Side(KpiRow row, WonSamples won) {}

    /** The deals won in a scope, one value per deal: days of its cycle (when known) and amount. */
    public record WonSamples(double[] cycleDays, double[] amounts) {}

    private record Figures(List<KpiRow> rows, Map<String, List<SalesCounts.WonDeal>> won) {}

    private Figures figures(FigureScope scope, GroupBy group) {
        SalesCounts.StageCounts stages = counts.stages(scope, group);
        Map<String, long[]> conversations = stages.conversations();
        Map<String, long[]> meetings = stages.meetings();
        Map<String, long[]> decided = stages.decided();
        Map<String, List<SalesCounts.WonDeal>> won = counts.wonDeals(scope, group);
        Map<String, Map<String, Long>> minutes = counts.minutes(scope, group);
        Set<String> keys = new HashSet<>();
        keys.addAll(conversations.keySet());
        keys.addAll(meetings.keySet());
        keys.addAll(decided.keySet());
        keys.addAll(won.keySet());
        keys.addAll(minutes.keySet());
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        List<KpiRow> rows = new ArrayList<>();
        for (String key : ordered) {
            List<SalesCounts.WonDeal> deals = won.getOrDefault(key, List.of());
            rows.add(new KpiRow(
                    key,
                    ratio(conversations.get(key)),
                    ratio(meetings.get(key)),
                    ratio(decided.get(key)),
                    CycleDays.of(cycleDays(deals)),
                    RevenuePerSale.of(amounts(deals)),
                    new TreeMap<>(minutes.getOrDefault(key, Map.of()))));
        }
        return new Figures(rows, won);
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

    private static KpiRow empty() {
        return new KpiRow(
                "ALL",
                Ratio.of(0, 0),
                Ratio.of(0, 0),
                Ratio.of(0, 0),
                CycleDays.of(new double[0]),
                RevenuePerSale.of(new double[0]),
                Map.of());
    }
}
