package org.clientela.satisfaction.internal.followups;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientela.customers.BlockedCustomers;
import org.clientela.customers.CustomerOwners;
import org.clientela.orders.history.ReachedOrders;
import org.clientela.platform.ExclusiveRuns;
import org.clientela.retention.LostCustomers;
import org.clientela.service.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up rule run for a day: the orders that reached their customers the rule's days before
 * become calls for the customers' owners, one per customer in the rule's gap, none for a customer
 * who is lost or asked not to be called. Each order gets at most one call (a unique key), so a day
 * run twice, by hand or by two instances, gives nothing more. The nightly run also runs the days
 * just before, in case a night was missed.
 */
@Service
public class FollowUpRun {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRun.class);
    private static final int CHUNK = 1_000;
    /** A night missed is made up the next: the nightly run covers this many days before today. */
    static final int CATCH_UP_DAYS = 3;

    private final BlockedCustomers blocked;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FollowUpRules rules;
    private final ReachedOrders orders;
    private final CustomerOwners owners;
    private final LostCustomers lost;
    private final WorkingTime workingTime;
    private final ExclusiveRuns exclusiveRuns;
    private final Clock clock;

    FollowUpRun(
            JdbcClient jdbc,
            JdbcTemplate template,
            FollowUpRules rules,
            ReachedOrders orders,
            CustomerOwners owners,
            LostCustomers lost,
            BlockedCustomers blocked,
            WorkingTime workingTime,
            ExclusiveRuns exclusiveRuns,
            Clock clock) {
        this.blocked = blocked;
        this.jdbc = jdbc;
        this.template = template;
        this.rules = rules;
        this.orders = orders;
        this.owners = owners;
        this.lost = lost;
        this.workingTime = workingTime;
        this.exclusiveRuns = exclusiveRuns;
        this.clock = clock;
    }

    /** What a run did: calls given, and orders that qualified but got none (gap, lost, do not call, already called). */
    public record Result(int created, int skipped) {}

    @Scheduled(cron = "${clientela.satisfaction.follow-ups.cron:0 30 5 * * *}", zone = "${clientela.time-zone}")
    void nightly() {
        exclusiveRuns.runExclusively("satisfaction-follow-ups", Duration.ofHours(1), () -> {
            LocalDate today = LocalDate.now(clock.withZone(workingTime.zone()));
            for (int back = CATCH_UP_DAYS; back >= 0; back--) {
                Result result = run(today.minusDays(back));
                log.info(
                        "Follow-up rule for {}: {} calls given, {} skipped",
                        today.minusDays(back),
                        result.created(),
                        result.skipped());
            }
        });
    }

    /** Runs the rule as of {@code day}. */
    @Transactional
    public Result run(LocalDate day) {
        FollowUpRule rule = rules.current();
        LocalDate reached = day.minusDays(rule.daysAfter());
        List<ReachedOrders.ReachedOrder> found = orders.reachedOn(reached, rule.minAmount()).stream()
                .filter(o -> rule.firstOrders()
                        || (rule.minAmount() != null && o.amount().compareTo(rule.minAmount()) >= 0))
                .toList();
        // One call per customer: their first qualifying order of the day.
        Map<Long, ReachedOrders.ReachedOrder> byCustomer = new LinkedHashMap<>();
        found.forEach(o -> byCustomer.putIfAbsent(o.customerId(), o));
        List<Long> customers = new ArrayList<>(byCustomer.keySet());
        Set<Long> excluded = new HashSet<>();
        for (int from = 0; from < customers.size(); from += CHUNK) {
            List<Long> chunk = customers.subList(from, Math.min(customers.size(), from + CHUNK));
            excluded.addAll(jdbc.sql("""
                            SELECT DISTINCT customer_id FROM satisfaction_follow_up
                             WHERE customer_id IN (:ids) AND created_on > :since AND created_on <= :day""")
                    .param("ids", chunk)
                    .param("since", Date.valueOf(day.minusDays(rule.gapDays())))
                    .param("day", Date.valueOf(day))
                    .query(Long.class)
                    .list());
            excluded.addAll(jdbc.sql("SELECT customer_id FROM satisfaction_contact_stop WHERE customer_id IN (:ids)")
                    .param("ids", chunk)
                    .query(Long.class)
                    .list());
            excluded.addAll(lost.lostAmong(chunk));
            excluded.addAll(blocked.blockedAmong(chunk));
        }
        Map<Long, String> ownerOf = owners.ownersOf(customers);
        LocalDate due = workingTime.workingDaysAfter(day, rule.dueWorkingDays());
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (ReachedOrders.ReachedOrder order : byCustomer.values()) {
            if (excluded.contains(order.customerId())) {
                continue;
            }
            rows.add(new Object[] {
                order.customerId(),
                order.orderId(),
                order.orderNumber(),
                (order.firstOrder() && rule.firstOrders() ? FollowUpReason.FIRST_ORDER : FollowUpReason.AMOUNT).name(),
                ownerOf.get(order.customerId()),
                Date.valueOf(day),
                Date.valueOf(due),
                Date.valueOf(due),
                now
            });
        }
        int created = 0;
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int[] counts = template.batchUpdate("""
                    INSERT INTO satisfaction_follow_up (customer_id, order_id, order_number, reason, owner_user, created_on,
                        first_due_on, due_on, status, tries, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0, ?) ON CONFLICT DO NOTHING""", rows.subList(from, Math.min(rows.size(), from + CHUNK)));
            for (int count : counts) {
                // A driver that cannot tell how many rows a statement of a batch changed says so (-2): it ran.
                created += count == -2 ? 1 : count;
            }
        }
        return new Result(created, found.size() - created);
    }
}
