package org.clientela.satisfaction.internal.followups;

import java.sql.Timestamp;
import java.time.Clock;
import org.clientela.platform.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up rule as managers set it; a change made on a stale read is refused. */
@Service
public class FollowUpRules {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpRules(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FollowUpRule current() {
        return jdbc.sql("""
                        SELECT days_after, first_orders, min_amount, gap_days, due_working_days, version
                          FROM satisfaction_follow_up_rule WHERE id = 1""")
                .query((rs, n) -> new FollowUpRule(
                        rs.getInt("days_after"),
                        rs.getBoolean("first_orders"),
                        rs.getBigDecimal("min_amount"),
                        rs.getInt("gap_days"),
                        rs.getInt("due_working_days"),
                        rs.getLong("version")))
                .single();
    }

    /** Saves {@code rule}, read at its version; returns it at its new version. */
    @Transactional
    public FollowUpRule change(FollowUpRule rule, String actor) {
        FollowUpRule before = current();
        int updated = jdbc.sql("""
                        UPDATE satisfaction_follow_up_rule SET days_after = :days, first_orders = :first,
                            min_amount = :min, gap_days = :gap, due_working_days = :due, version = version + 1,
                            changed_by = :actor, changed_at = :now
                         WHERE id = 1 AND version = :version""")
                .param("days", rule.daysAfter())
                .param("first", rule.firstOrders())
                .param("min", rule.minAmount(), java.sql.Types.NUMERIC)
                .param("gap", rule.gapDays())
                .param("due", rule.dueWorkingDays())
                .param("actor", actor)
                .param("now", Timestamp.from(clock.instant()))
                .param("version", rule.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The follow-up rule changed since it was read");
        }
        FollowUpRule after = current();
        audit.record(
                "FOLLOW_UP_RULE_CHANGED",
                "satisfaction_follow_up_rule",
                1L,
                "follow-up rule",
                before.toString(),
                after.toString());
        return after;
    }
}
