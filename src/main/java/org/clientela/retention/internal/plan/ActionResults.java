package org.clientela.retention.internal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientela.orders.history.CustomerPurchases;
import org.clientela.orders.history.PeriodPurchases;
import org.clientela.platform.NotFoundException;
import org.clientela.retention.internal.plan.ActionResult.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether an action worked: what its customers bought in its window against its comparison group. */
@Service
@Transactional(readOnly = true)
public class ActionResults {

    private final JdbcClient jdbc;
    private final Actions actions;
    private final CustomerPurchases purchases;
    private final PlanSettings settings;
    private final Clock clock;

    ActionResults(JdbcClient jdbc, Actions actions, CustomerPurchases purchases, PlanSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.purchases = purchases;
        this.settings = settings;
        this.clock = clock;
    }

    /** The measured result of an action so far. */
    public ActionResult result(long actionId) {
        Action action = actions.action(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = action.start().plusDays(action.windowDays() - 1L);
        LocalDate measuredTo = windowEnd.isBefore(today) ? windowEnd : today;
        List<Long> inAction = new ArrayList<>();
        List<Long> compared = new ArrayList<>();
        jdbc.sql("SELECT customer_id, in_action FROM retention_action_customer WHERE action_id = :id")
                .param("id", actionId)
                .query(rs -> {
                    (rs.getBoolean(2) ? inAction : compared).add(rs.getLong(1));
                });
        Group withAction = group(inAction, action.start(), measuredTo);
        Group without = group(compared, action.start(), measuredTo);
        return ActionResult.of(
                action, withAction, without, windowEnd, !today.isBefore(windowEnd.plusDays(1)), settings.minGroup());
    }

    private Group group(List<Long> customers, LocalDate from, LocalDate to) {
        if (customers.isEmpty() || to.isBefore(from)) {
            return new Group(customers.size(), 0, 0, 0);
        }
        Map<Long, PeriodPurchases> bought = purchases.inPeriod(customers, from, to);
        double sum = 0;
        double squares = 0;
        for (PeriodPurchases b : bought.values()) {
            double revenue = b.revenue().doubleValue();
            sum += revenue;
            squares += revenue * revenue;
        }
        return new Group(customers.size(), bought.size(), sum, squares);
    }
}
