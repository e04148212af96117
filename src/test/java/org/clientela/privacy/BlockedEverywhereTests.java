package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerFixtures;
import org.clientela.orders.internal.OrderBook;
import org.clientela.orders.internal.OrderFilter;
import org.clientela.orders.internal.OrderSort;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.ListLinks;
import org.clientela.privacy.internal.erasure.Blocking;
import org.clientela.retention.internal.calls.CallList;
import org.clientela.retention.internal.losses.PresumedLost;
import org.clientela.retention.internal.radar.SignalBoard;
import org.clientela.retention.internal.risk.RiskScoreBook;
import org.clientela.retention.internal.segments.RfmSegment;
import org.clientela.retention.internal.segments.SegmentReport;
import org.clientela.satisfaction.internal.followups.FollowUps;
import org.clientela.satisfaction.internal.gestures.GestureLedger;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyRequest;
import org.clientela.satisfaction.internal.surveys.Surveys;
import org.clientela.service.internal.cases.CaseQueries;
import org.clientela.service.internal.letters.LetterList;
import org.clientela.service.internal.promises.PromiseQueries;
import org.clientela.support.EmptyBusiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A blocked customer (LOPDGDD art. 32) is hidden from every module's lists, counts, exports and
 * "my day", gets no survey and no call task, while a customer next to them with the very same
 * records stays: each list is asked before and after the block (H2 and PostgreSQL twins).
 */
@EmptyBusiness
abstract class BlockedEverywhereTests {

    static final String OWNER = "blk-owner";
    static final Locale ES = Locale.forLanguageTag("es");

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    Blocking blocking;

    @Autowired
    BlockedCustomers blockedCustomers;

    long shown;
    long hidden;

    @BeforeEach
    void twoCustomersWithTheSameRecords() {
        CustomerFixtures customers = new CustomerFixtures(context);
        shown = customers.person("Sonia Visible Blk");
        hidden = customers.person("Blanca Oculta Blk");
        RowWriter rows = new RowWriter(dataSource);
        long program = rows.insert(
                "satisfaction_loyalty_program", Map.of("name", "Club Blk " + System.nanoTime(), "basis", "REVENUE"));
        for (long c : List.of(shown, hidden)) {
            everywhere(rows, c, program);
        }
    }

    private static void everywhere(RowWriter rows, long c, long program) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(86_400));
        Date today = Date.valueOf(LocalDate.now(ZoneOffset.UTC));
        long signal = rows.insert(
                "retention_signal",
                Map.of(
                        "customer_id",
                        c,
                        "kind",
                        "OVERDUE",
                        "message_key",
                        "retention.radar.overdue",
                        "message_args",
                        "[]",
                        "money_at_stake",
                        new BigDecimal("100.00"),
                        "open",
                        1));
        rows.insert(
                "retention_call_task",
                Map.of(
                        "customer_id", c,
                        "signal_id", signal,
                        "status", "OPEN",
                        "owner_username", OWNER,
                        "money_at_risk", new BigDecimal("100.00")));
        rows.insert(
                "retention_customer_score",
                Map.of(
                        "customer_id", c,
                        "as_of", today,
                        "risk_rank", c,
                        "money_at_risk", new BigDecimal("100.00"),
                        "signals", "OVERDUE"));
        rows.insert(
                "retention_presumed_lost",
                Map.of("customer_id", c, "probability_alive", 0.01, "last_purchase", today, "computed_on", today));
        rows.insert(
                "retention_customer_segment",
                Map.of("customer_id", c, "segment", "AT_RISK", "last_purchase", today, "revenue", BigDecimal.TEN));
        long order = rows.insert(
                "sales_order",
                Map.of(
                        "order_number",
                        "BLK-" + c,
                        "customer_id",
                        c,
                        "order_date",
                        today,
                        "currency",
                        "EUR",
                        "total_amount",
                        BigDecimal.TEN,
                        "line_count",
                        0));
        long kase = rows.insert(
                "service_case",
                Map.of(
                        "customer_id", c,
                        "reference", "BLK-" + c,
                        "case_type", "COMPLAINT",
                        "channel", "PHONE",
                        "priority", "NORMAL",
                        "status", "OPEN",
                        "owner_username", OWNER,
                        "subject", "Caso Blk",
                        "next_update_due_at", past));
        rows.insert(
                "service_promise",
                Map.of(
                        "customer_id", c,
                        "case_id", kase,
                        "kind", "CALL_BACK",
                        "owner_username", OWNER,
                        "status", "PENDING",
                        "made_at", past,
                        "due_at", now));
        rows.insert(
                "service_letter",
                Map.of(
                        "customer_id",
                        c,
                        "case_id",
                        kase,
                        "language",
                        "es",
                        "status",
                        "SENT",
                        "subject",
                        "Carta Blk",
                        "author",
                        OWNER));
        rows.insert(
                "satisfaction_follow_up",
                Map.of(
                        "customer_id", c,
                        "order_id", order,
                        "reason", "FIRST_ORDER",
                        "status", "OPEN",
                        "owner_user", OWNER,
                        "due_on", today,
                        "tries", 0));
        rows.insert(
                "satisfaction_gesture",
                Map.of("customer_id", c, "kind", "APOLOGY", "given_by", OWNER, "cost", BigDecimal.ONE));
        rows.insert(
                "satisfaction_loyalty_member",
                Map.of("program_id", program, "customer_id", c, "joined_via", "IN_PERSON"));
    }

    @Test
    void aBlockedCustomerLeavesEveryListWhileTheOtherStays() {
        Map<String, Supplier<List<Long>>> lists = Map.ofEntries(
                Map.entry(
                        "radar signals",
                        () ->
                                bean(SignalBoard.class)
                                        .list(new SignalBoard.Filter(null, null, null), 0, 500, ES)
                                        .items()
                                        .stream()
                                        .map(s -> s.customerId())
                                        .toList()),
                Map.entry(
                        "radar calls",
                        () -> bean(CallList.class).list(null, null, 0, 500, ES).items().stream()
                                .map(CallList.CallView::customerId)
                                .toList()),
                Map.entry(
                        "my day's radar calls",
                        () -> bean(CallList.class).openFor(OWNER, 500).stream()
                                .map(call -> call.customerId().value())
                                .toList()),
                Map.entry(
                        "risk scores",
                        () -> bean(RiskScoreBook.class).page(null, 0, 500).slice().items().stream()
                                .map(RiskScoreBook.Score::customerId)
                                .toList()),
                Map.entry(
                        "presumed lost",
                        () -> bean(PresumedLost.class).page(0, 500).items().stream()
                                .map(candidate -> candidate.customer().id())
                                .toList()),
                Map.entry(
                        "segment members",
                        () -> bean(SegmentReport.class)
                                .members(RfmSegment.AT_RISK, SegmentReport.Sort.REVENUE, 0, 500)
                                .items()
                                .stream()
                                .map(SegmentReport.Member::customerId)
                                .toList()),
                Map.entry(
                        "orders",
                        () -> bean(OrderBook.class)
                                .list(new OrderFilter(null, null, null), OrderSort.NEWEST, 0, 500)
                                .items()
                                .stream()
                                .map(o -> o.customerId())
                                .toList()),
                Map.entry(
                        "service cases",
                        () -> bean(CaseQueries.class)
                                .list(CaseQueries.Filter.none(), CaseQueries.Sort.NEWEST, 0, 500)
                                .items()
                                .stream()
                                .map(row -> row.customerId())
                                .toList()),
                Map.entry(
                        "my day's cases due news",
                        () -> bean(CaseQueries.class)
                                .updatesDue(OWNER, Instant.now().plusSeconds(3600), 500)
                                .stream()
                                .map(row -> row.customerId())
                                .toList()),
                Map.entry(
                        "promises",
                        () -> bean(PromiseQueries.class).list(null, null, 0, 500).items().stream()
                                .map(p -> p.customerId())
                                .toList()),
                Map.entry(
                        "letters sent",
                        () -> bean(LetterList.class)
                                .list(LetterList.View.SENT, OWNER, null, ListLinks.Direction.DESC, 0, 500)
                                .items()
                                .stream()
                                .map(LetterList.Row::customerId)
                                .toList()),
                Map.entry(
                        "follow-up calls",
                        () -> bean(FollowUps.class).open(null, 0, 500).stream()
                                .map(FollowUps.FollowUp::customerId)
                                .toList()),
                Map.entry(
                        "gestures",
                        () -> bean(GestureLedger.class)
                                .search(new GestureLedger.GestureQuery(null, null, null, null, null, 0, 200))
                                .items()
                                .stream()
                                .map(g -> g.customerId())
                                .toList()));
        lists.forEach((name, list) ->
                assertThat(list.get()).as(name + " before the block").contains(shown, hidden));
        Map<String, Function<Long, Long>> counts = Map.of(
                "orders counted",
                        ignored -> bean(OrderBook.class)
                                .count(new OrderFilter(null, null, null))
                                .count(),
                "cases counted",
                        ignored -> bean(CaseQueries.class)
                                .count(CaseQueries.Filter.none())
                                .count());
        Map<String, Long> before = new java.util.HashMap<>();
        counts.forEach((name, count) -> before.put(name, count.apply(0L)));
        String csvBefore = scoresCsv();
        assertThat(csvBefore).contains("," + hidden + ",");

        blocking.block(hidden);

        assertThat(blockedCustomers.blockedAmong(List.of(shown, hidden))).containsExactly(hidden);
        lists.forEach((name, list) -> assertThat(list.get())
                .as(name + " after the block")
                .contains(shown)
                .doesNotContain(hidden));
        counts.forEach((name, count) -> assertThat(count.apply(0L)).as(name).isEqualTo(before.get(name) - 1));
        assertThat(scoresCsv()).doesNotContain("," + hidden + ",").contains("," + shown + ",");
        assertThat(bean(CaseQueries.class)
                        .list(
                                new CaseQueries.Filter(null, null, null, null, null, hidden),
                                CaseQueries.Sort.NEWEST,
                                0,
                                5)
                        .items())
                .as("the blocked customer's own page still shows their cases")
                .hasSize(1);
    }

    @Test
    void aBlockedCustomerIsAskedNoSurvey() {
        blocking.block(hidden);
        assertThatThrownBy(() -> bean(Surveys.class)
                        .ask(
                                new SurveyRequest(hidden, SurveyKind.CSAT, SurveyMode.PHONE, null, null, "es"),
                                OWNER,
                                false,
                                null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(bean(Surveys.class)
                        .ask(
                                new SurveyRequest(shown, SurveyKind.CSAT, SurveyMode.PHONE, null, null, "es"),
                                OWNER,
                                false,
                                null)
                        .id())
                .isPositive();
    }

    private String scoresCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bean(RiskScoreBook.class).writeCsv(null, stamp -> out);
        return "\n" + out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
