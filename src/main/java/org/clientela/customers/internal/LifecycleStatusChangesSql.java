package org.clientela.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.clientela.customers.LifecycleStatus;
import org.clientela.customers.LifecycleStatusChanges;
import org.clientela.platform.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class LifecycleStatusChangesSql implements LifecycleStatusChanges {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LifecycleStatusChangesSql(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean change(long customerId, LifecycleStatus status, String because) {
        String before = jdbc.sql("SELECT lifecycle_status FROM customer WHERE id = :id")
                .param("id", customerId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (before == null || before.equals(status.name())) {
            return false;
        }
        jdbc.sql("UPDATE customer SET lifecycle_status = :status, updated_at = :now, version = version + 1 WHERE id = :id")
                .param("status", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", customerId)
                .update();
        audit.record("CUSTOMER_STATUS_CHANGED", "customer", customerId, before + " -> " + status + ": " + because,
                Map.of("lifecycleStatus", before), Map.of("lifecycleStatus", status.name()));
        return true;
    }
}
