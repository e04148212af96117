package org.clientela.retention.internal.calls;

import java.util.Map;
import org.clientela.platform.AuditLog;
import org.clientela.platform.UserDeactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The open radar calls of a person who was deactivated are left unassigned, for someone else to
 * make. Calls already made keep who made them. One audit entry with the count.
 */
@Component
class CallsLeftByOwner {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CallsLeftByOwner(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(UserDeactivated event) {
        int calls = jdbc.sql("""
                UPDATE retention_call_task SET owner_username = NULL, version = version + 1
                 WHERE owner_username = :owner AND status = 'OPEN'""").param("owner", event.username()).update();
        if (calls > 0) {
            audit.record(
                    "CALLS_UNASSIGNED",
                    "retention_call_task",
                    null,
                    calls + " open calls of " + event.username() + " left unassigned",
                    null,
                    Map.of("owner", event.username(), "calls", calls),
                    event.username(),
                    calls);
        }
    }
}
