package org.clientela.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerFixtures;
import org.clientela.orders.OrderListFixtures;
import org.clientela.platform.InvalidInputException;
import org.clientela.privacy.internal.erasure.Blocking;
import org.clientela.retention.RetentionListFixtures;
import org.clientela.sales.SalesListFixtures;
import org.clientela.satisfaction.SatisfactionListFixtures;
import org.clientela.service.ServiceListFixtures;
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
        // The prospect this customer was, won, with a call-back its seller still owes.
        long prospect = rows.insert(
                "sales_prospect",
                Map.of(
                        "name",
                        "Prospecto Blk " + c,
                        "sort_name",
                        "prospecto blk " + c,
                        "source",
                        "LIST",
                        "owner_username",
                        OWNER,
                        "outcome",
                        "WON",
                        "customer_id",
                        c,
                        "created_at",
                        past,
                        "updated_at",
                        past));
        rows.insert(
                "sales_call_back",
                Map.of(
                        "promise_id", 900_000_000L + c,
                        "prospect_id", prospect,
                        "owner_username", OWNER,
                        "due_at", now,
                        "made_at", past));
    }

    @Test
    void aBlockedCustomerLeavesEveryListWhileTheOtherStays() {
        RetentionListFixtures retention = new RetentionListFixtures(context);
        ServiceListFixtures service = new ServiceListFixtures(context);
        OrderListFixtures orders = new OrderListFixtures(context);
        Map<String, Supplier<List<Long>>> lists = new HashMap<>();
        lists.putAll(retention.lists(OWNER));
        lists.putAll(service.lists(OWNER));
        lists.putAll(orders.lists(LocalDate.now(ZoneOffset.UTC)));
        lists.putAll(new SalesListFixtures(context).lists(OWNER));
        lists.putAll(new SatisfactionListFixtures(context).lists());
        lists.forEach((name, list) ->
                assertThat(list.get()).as(name + " before the block").contains(shown, hidden));
        long ordersBefore = orders.counted();
        long casesBefore = service.casesCounted();
        assertThat(retention.newActionOnAtRisk())
                .as("a new action before the block")
                .contains(shown, hidden);
        assertThat(retention.scoresCsv()).contains("\n" + hidden + ",");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long running = retention.actionOnAtRisk(today.minusDays(5), 30);
        long over = retention.actionOnAtRisk(today.minusDays(60), 30);
        assertThat(retention.groupsOf(running))
                .as("an action started before the block")
                .contains(shown, hidden);

        blocking.block(hidden);

        assertThat(blockedCustomers.blockedAmong(List.of(shown, hidden))).containsExactly(hidden);
        lists.forEach((name, list) -> assertThat(list.get())
                .as(name + " after the block")
                .contains(shown)
                .doesNotContain(hidden));
        assertThat(orders.counted()).as("orders counted").isEqualTo(ordersBefore - 1);
        assertThat(service.casesCounted()).as("cases counted").isEqualTo(casesBefore - 1);
        assertThat(retention.scoresCsv()).doesNotContain("\n" + hidden + ",").contains("\n" + shown + ",");
        assertThat(retention.newActionOnAtRisk())
                .as("a new action of the retention plan")
                .contains(shown)
                .doesNotContain(hidden);
        assertThat(retention.groupsOf(running))
                .as("an action still running, started before the block")
                .contains(shown)
                .doesNotContain(hidden);
        assertThat(retention.groupsOf(over))
                .as("an action whose window is over keeps its groups, so its result stays")
                .contains(shown, hidden);
        assertThat(retention.biggestCounted())
                .as("the concentration figures still count the blocked customer")
                .contains(shown, hidden);
        assertThat(service.casesOfCustomer(hidden))
                .as("the blocked customer's own page still shows their cases")
                .isEqualTo(1);
    }

    @Test
    void aBlockedCustomerIsAskedNoSurvey() {
        SatisfactionListFixtures satisfaction = new SatisfactionListFixtures(context);
        blocking.block(hidden);
        assertThatThrownBy(() -> satisfaction.askByPhone(hidden, OWNER)).isInstanceOf(InvalidInputException.class);
        assertThat(satisfaction.askByPhone(shown, OWNER)).isPositive();
    }
}
