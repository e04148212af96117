package org.clientela.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.clientela.platform.AuditLog;
import org.clientela.platform.UserDeactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The customers of a person who was deactivated are left without owner, so that they show as
 * unassigned (the list's "unassigned" filter finds them) until someone is given them. One audit
 * entry with the count. Through the event publication registry, so a failure is retried, not lost.
 */
@Component
class CustomersLeftByOwner {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CustomersLeftByOwner(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(UserDeactivated event) {
        int left = jdbc.sql("""
                UPDATE customer SET owner_username = NULL, updated_at = :now, version = version + 1
                 WHERE owner_username = :owner""")
                .param("owner", event.username())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (left > 0) {
            audit.record(
                    "CUSTOMERS_UNASSIGNED",
                    "customer",
                    null,
                    left + " customers of " + event.username() + " left without owner",
                    null,
                    Map.of("owner", event.username(), "customers", left),
                    event.username(),
                    left);
        }
    }
}
