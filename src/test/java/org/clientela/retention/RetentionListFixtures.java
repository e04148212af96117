package org.clientela.retention;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.clientela.retention.internal.calls.CallList;
import org.clientela.retention.internal.losses.Concentration;
import org.clientela.retention.internal.losses.ConcentrationReport;
import org.clientela.retention.internal.losses.PresumedLost;
import org.clientela.retention.internal.plan.Actions;
import org.clientela.retention.internal.plan.Ideas;
import org.clientela.retention.internal.radar.SignalBoard;
import org.clientela.retention.internal.radar.SignalView;
import org.clientela.retention.internal.risk.RiskScoreBook;
import org.clientela.retention.internal.segments.RfmSegment;
import org.clientela.retention.internal.segments.SegmentReport;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customers the retention lists show, for other modules' tests (a blocked customer must be in none). */
public final class RetentionListFixtures {

    private static final Locale ES = Locale.forLanguageTag("es");

    private final BeanFactory beans;

    public RetentionListFixtures(BeanFactory beans) {
        this.beans = beans;
    }

    /** Each list by name (my day's calls those of {@code owner}): the customer ids on its first 500 rows. */
    public Map<String, Supplier<List<Long>>> lists(String owner) {
        return Map.of(
                "radar signals",
                () ->
                        beans
                                .getBean(SignalBoard.class)
                                .list(new SignalBoard.Filter(null, null, null), 0, 500, ES)
                                .items()
                                .stream()
                                .map(SignalView::customerId)
                                .toList(),
                "radar calls",
                () -> beans.getBean(CallList.class).list(null, null, 0, 500, ES).items().stream()
                        .map(CallList.CallView::customerId)
                        .toList(),
                "my day's radar calls",
                () -> beans.getBean(CallList.class).openFor(owner, 500).stream()
                        .map(call -> call.customerId().value())
                        .toList(),
                "risk scores",
                () -> beans.getBean(RiskScoreBook.class).page(null, 0, 500).slice().items().stream()
                        .map(RiskScoreBook.Score::customerId)
                        .toList(),
                "presumed lost",
                () -> beans.getBean(PresumedLost.class).page(0, 500).items().stream()
                        .map(candidate -> candidate.customer().id())
                        .toList(),
                "segment members (AT_RISK)",
                () -> beans
                        .getBean(SegmentReport.class)
                        .members(RfmSegment.AT_RISK, SegmentReport.Sort.REVENUE, 0, 500)
                        .items()
                        .stream()
                        .map(SegmentReport.Member::customerId)
                        .toList(),
                "biggest customers named (concentration: page and home card)",
                () -> biggest().stream()
                        .filter(big -> !big.customer().name().isBlank())
                        .map(big -> big.customer().id())
                        .toList());
    }

    /** The customers in both groups of a new action of the plan on the AT_RISK segment, none held out. */
    public List<Long> newActionOnAtRisk() {
        return groupsOf(actionOnAtRisk(LocalDate.now(ZoneOffset.UTC), 30));
    }

    /** An action of the plan on the customers at risk, from {@code start} for {@code windowDays}, no holdout. */
    public long actionOnAtRisk(LocalDate start, int windowDays) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long idea = beans.getBean(Ideas.class).add("Idea Blk " + System.nanoTime(), null, "Prueba", null, today);
        return beans.getBean(Actions.class).applyToSegment(idea, RfmSegment.AT_RISK, start, windowDays, 0);
    }

    /** The customers in either group of the action. */
    public List<Long> groupsOf(long action) {
        return beans.getBean(JdbcClient.class)
                .sql("SELECT customer_id FROM retention_action_customer WHERE action_id = :action")
                .param("action", action)
                .query(Long.class)
                .list();
    }

    /** The customers counted among the biggest of the days around today, named or not. */
    public List<Long> biggestCounted() {
        return biggest().stream().map(big -> big.customer().id()).toList();
    }

    private List<Concentration.Big> biggest() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return beans.getBean(ConcentrationReport.class)
                .between(today.minusDays(1), today.plusDays(1))
                .biggest();
    }

    /** The risk scores CSV, each line starting with a newline. */
    public String scoresCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        beans.getBean(RiskScoreBook.class).writeCsv(null, stamp -> out);
        return "\n" + out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }
}
