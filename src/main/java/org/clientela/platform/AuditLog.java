package org.clientela.platform;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The record of every change: who, when, what, and the state before and after. Modules call
 * {@link #record} inside the transaction of the change, so a change and its entry stand or fall
 * together. A bulk operation such as an import writes one entry with its counts.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes one entry for the signed-in person (or "system" when nobody is signed in).
     *
     * @param action     what happened, e.g. {@code CUSTOMER_CREATED}
     * @param entityType the kind of thing changed, e.g. {@code customer}
     * @param entityId   its id, or {@code null} for bulk work
     * @param summary    one line a person can read
     * @param before     state before (serialised as JSON), or {@code null}
     * @param after      state after (serialised as JSON), or {@code null}
     */
    public void record(String action, String entityType, Object entityId, String summary, Object before, Object after) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state)
                VALUES (:at, :actor, :action, :type, :id, :summary, :before, :after)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", currentActor())
                .param("action", action)
                .param("type", entityType)
                .param("id", entityId == null ? null : entityId.toString())
                .param("summary", summary == null ? null : summary.substring(0, Math.min(summary.length(), 1000)))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** One entry as people read it. */
    public record Entry(long id, java.time.Instant at, String actor, String action, String entityType,
            String entityId, String summary) {
    }

    /** The latest entries about one thing, newest first. */
    public java.util.List<Entry> history(String entityType, Object entityId, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, entity_type, entity_id, summary FROM audit_entry
                 WHERE entity_type = :type AND entity_id = :id ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
                .param("type", entityType)
                .param("id", entityId.toString())
                .param("limit", limit)
                .query(ENTRY)
                .list();
    }

    /** One page of all entries, newest first. */
    public java.util.List<Entry> latest(int page, int size) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, entity_type, entity_id, summary FROM audit_entry
                 ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ENTRY)
                .list();
    }

    private static final org.springframework.jdbc.core.RowMapper<Entry> ENTRY = (rs, n) -> new Entry(rs.getLong(1),
            rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7));

    /** The username of whoever is acting now, or {@code system}. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
