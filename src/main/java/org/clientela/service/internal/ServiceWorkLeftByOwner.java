package org.clientela.service.internal;

import java.util.Map;
import org.clientela.platform.AuditLog;
import org.clientela.platform.UserDeactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The open cases and pending promises of a person who was deactivated are left unassigned (the case
 * and promise lists find them with {@code owner=-}), for someone else to take up. Resolved cases and
 * kept or broken promises keep their owner: they are history. One audit entry with the counts.
 */
@Component
class ServiceWorkLeftByOwner {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ServiceWorkLeftByOwner(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(UserDeactivated event) {
        int cases = jdbc.sql("""
                UPDATE service_case SET owner_username = NULL, version = version + 1
                 WHERE owner_username = :owner AND status IN ('OPEN', 'IN_PROGRESS')""").param("owner", event.username()).update();
        int promises = jdbc.sql("""
                UPDATE service_promise SET owner_username = NULL
                 WHERE owner_username = :owner AND status = 'PENDING'""").param("owner", event.username()).update();
        if (cases + promises > 0) {
            audit.record(
                    "SERVICE_WORK_UNASSIGNED",
                    "service_case",
                    null,
                    cases + " open cases and " + promises + " pending promises of " + event.username()
                            + " left unassigned",
                    null,
                    Map.of("owner", event.username(), "cases", cases, "promises", promises),
                    event.username(),
                    cases,
                    promises);
        }
    }
}
