package org.clientela.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clientela.platform.PersonalDataAnonymiser.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log's part of erasing someone who is not a customer (a prospect, issue 19): every entry
 * stays (who did what, when), but the states before and after of the person's own entries go, and
 * wherever an entry, or an event kept for its listeners, quotes one of their identifiers, the caller's
 * marker stands instead. A customer's erasure does the same through {@link AuditAnonymisation}.
 */
@Component
public class AuditForgetting {

    private static final List<String> QUOTING = List.of("summary", "before_state", "after_state", "words");

    private final JdbcClient jdbc;

    AuditForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Forgets the entity {@code entityType}/{@code entityId} in the caller's transaction, or only
     * counts when {@code dryRun}; identifiers shorter than four letters are ordinary words and stay.
     */
    public List<Change> forget(
            String entityType, long entityId, Set<String> identifiers, String marker, boolean dryRun) {
        List<Change> changes = new ArrayList<>();
        String own =
                " WHERE entity_type = :type AND entity_id = :id AND (before_state IS NOT NULL OR after_state IS NOT NULL)";
        long states = dryRun
                ? jdbc.sql("SELECT COUNT(*) FROM audit_entry" + own)
                        .param("type", entityType)
                        .param("id", Long.toString(entityId))
                        .query(Long.class)
                        .single()
                : jdbc.sql("UPDATE audit_entry SET before_state = NULL, after_state = NULL" + own)
                        .param("type", entityType)
                        .param("id", Long.toString(entityId))
                        .update();
        if (states > 0) {
            changes.add(new Change("platform", "audit_entry", "before_state, after_state", states));
        }
        List<String> values = identifiers.stream()
                .filter(value -> value != null && value.strip().length() >= 4)
                .map(String::strip)
                .toList();
        for (String column : QUOTING) {
            replaceQuotes("audit_entry", column, values, marker, dryRun, changes);
        }
        replaceQuotes("event_publication", "serialized_event", values, marker, dryRun, changes);
        return changes;
    }

    /** Puts {@code marker} wherever {@code table.column} quotes one of {@code values} (or only counts). */
    private void replaceQuotes(
            String table, String column, List<String> values, String marker, boolean dryRun, List<Change> changes) {
        long rows = 0;
        for (String value : values) {
            String where = " WHERE " + column + " LIKE :like ESCAPE '\\'";
            rows += dryRun
                    ? jdbc.sql("SELECT COUNT(*) FROM " + table + where)
                            .param("like", PersonalColumns.like(value))
                            .query(Long.class)
                            .single()
                    : jdbc.sql("UPDATE " + table + " SET " + column + " = REPLACE(" + column + ", :value, :marker)"
                                    + where)
                            .param("value", value)
                            .param("marker", marker)
                            .param("like", PersonalColumns.like(value))
                            .update();
        }
        if (rows > 0) {
            changes.add(new Change("platform", table, column, rows));
        }
    }
}
