package org.clientela.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.clientela.customers.CustomerId;
import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.LifecycleStatusChanges;
import org.clientela.customers.LifecycleStatusStateException;
import org.clientela.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcLifecycleStatusChanges implements LifecycleStatusChanges {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    JdbcLifecycleStatusChanges(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    // The refusal is a check made before anything is written, so it must not doom the caller's
    // transaction: a listener that is refused one move may well make another instead.
    @Override
    @Transactional(noRollbackFor = LifecycleStatusStateException.class)
    public boolean change(CustomerId customerId, LifecycleStatus status, String because, String by) {
        long id = customerId.value();
        Map<String, Object> row = jdbc
                .sql("SELECT lifecycle_status, name FROM customer WHERE id = :id")
                .param("id", id)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(Map.of());
        String before = (String) row.get("lifecycle_status");
        if (before == null || before.equals(status.name())) {
            return false;
        }
        LifecycleStatus.valueOf(before).requireCanBecome(status);
        int moved = jdbc.sql("""
                UPDATE customer SET lifecycle_status = :status, updated_at = :now, version = version + 1
                 WHERE id = :id AND lifecycle_status IN (:from)""")
                .param("status", status.name())
                .param("from", LifecycleStatus.before(status))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (moved == 0) {
            // someone else moved the customer since the read above: the move is judged again from there
            return change(customerId, status, because, by);
        }
        audit.recordAs(
                by,
                "CUSTOMER_STATUS_CHANGED",
                "customer",
                id,
                before + " -> " + status + ": " + because,
                Map.of("lifecycleStatus", before),
                Map.of("lifecycleStatus", status.name()),
                row.get("name"),
                AuditLog.word("customers.status." + before),
                AuditLog.word("customers.status." + status.name()));
        return true;
    }

    @Override
    @Transactional(noRollbackFor = LifecycleStatusStateException.class)
    public boolean changeIfStill(
            CustomerId customerId, LifecycleStatus from, LifecycleStatus to, String because, String by) {
        from.requireCanBecome(to);
        long id = customerId.value();
        int moved = jdbc.sql("""
                UPDATE customer SET lifecycle_status = :to, updated_at = :now, version = version + 1
                 WHERE id = :id AND lifecycle_status = :from""")
                .param("to", to.name())
                .param("from", from.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        if (moved == 0) {
            return false;
        }
        String name = jdbc.sql("SELECT name FROM customer WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        audit.recordAs(
                by,
                "CUSTOMER_STATUS_CHANGED",
                "customer",
                id,
                from + " -> " + to + ": " + because,
                Map.of("lifecycleStatus", from.name()),
                Map.of("lifecycleStatus", to.name()),
                name,
                AuditLog.word("customers.status." + from.name()),
                AuditLog.word("customers.status." + to.name()));
        return true;
    }
}
