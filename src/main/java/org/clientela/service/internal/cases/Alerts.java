package org.clientela.service.internal.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clientela.platform.AuditLog;
import org.clientela.platform.InputError;
import org.clientela.platform.InvalidInputException;
import org.clientela.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Alert banners on a customer, seen by everyone who opens the customer or one of their cases. */
@Service
public class Alerts {

    /** One banner. */
    public record Alert(long id, long customerId, String body, Instant expiresAt, String author, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Alerts(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The banners of a customer that have not expired, newest first. */
    @Transactional(readOnly = true)
    public List<Alert> current(long customerId) {
        return jdbc.sql("""
                SELECT id, customer_id, body, expires_at, author, created_at FROM service_customer_alert
                 WHERE customer_id = :c AND (expires_at IS NULL OR expires_at > :now)
                 ORDER BY created_at DESC, id DESC LIMIT 20""")
                .param("c", customerId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Alert(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Puts up a banner until {@code expiresAt} ({@code null}: until someone takes it down). */
    @Transactional
    public void add(long customerId, String body, Instant expiresAt) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(InputError.field("body", "service.alert.body.blank"));
        }
        if (body.strip().length() > 500) {
            throw new InvalidInputException(InputError.field("body", "service.alert.body.tooLong", 500));
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new InvalidInputException(InputError.field("expiresOn", "service.alert.expiry.past"));
        }
        jdbc.sql("""
                INSERT INTO service_customer_alert (customer_id, body, expires_at, author, created_at)
                VALUES (:c, :b, :e, :a, :t)""")
                .param("c", customerId)
                .param("b", body.strip())
                .param("e", expiresAt == null ? null : Timestamp.from(expiresAt))
                .param("a", AuditLog.currentActor())
                .param("t", Timestamp.from(clock.instant()))
                .update();
        audit.record("ALERT_ADDED", "customer", customerId, body.strip(), null, null, body.strip());
    }

    /** Takes a banner down. */
    @Transactional
    public void remove(long customerId, long alertId) {
        int removed = jdbc.sql("DELETE FROM service_customer_alert WHERE id = :id AND customer_id = :c")
                .param("id", alertId)
                .param("c", customerId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("alert", alertId);
        }
        audit.record("ALERT_REMOVED", "customer", customerId, "alert " + alertId, null, null, String.valueOf(alertId));
    }
}
