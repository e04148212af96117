package org.clientela.service.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clientela.customers.CustomerNames;
import org.clientela.customers.CustomerTimeline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases opened and resolved, and promises kept or broken, on the customer page's timeline. Two
 * statements, each consistent on its own, so no transaction of its own: a read-only one cost the
 * customer page a {@code COMMIT} round trip (load benchmark, docs/benchmarks.md). It joins the caller's, if any.
 */
@Component
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
class ServiceTimeline implements CustomerTimeline {

    private final JdbcClient jdbc;
    private final CustomerNames names;

    ServiceTimeline(JdbcClient jdbc, CustomerNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @Override
    public List<Entry> latest(long customerId, int limit) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                SELECT id, reference, subject, opened_at, resolved_at, resolution FROM service_case
                 WHERE customer_id = :c ORDER BY opened_at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query((rs, n) -> {
                    String href = "/service/cases/" + rs.getLong("id");
                    entries.add(new Entry(
                            rs.getTimestamp("opened_at").toInstant(),
                            "service.timeline.caseOpened",
                            List.of(rs.getString("reference"), names.shown(customerId, rs.getString("subject"))),
                            null,
                            null,
                            href));
                    if (rs.getTimestamp("resolved_at") != null) {
                        entries.add(new Entry(
                                rs.getTimestamp("resolved_at").toInstant(),
                                "service.timeline.caseResolved." + rs.getString("resolution"),
                                List.of(rs.getString("reference")),
                                null,
                                null,
                                href));
                    }
                    return null;
                })
                .list();
        jdbc.sql("""
                SELECT case_id, kind, description, status, made_at, due_at, kept_at, broken_at FROM service_promise
                 WHERE customer_id = :c ORDER BY made_at DESC, id DESC LIMIT :limit""")
                .param("c", customerId)
                .param("limit", limit)
                .query((rs, n) -> {
                    long caseId = rs.getLong("case_id");
                    String href = rs.wasNull() ? null : "/service/cases/" + caseId;
                    String kind = rs.getString("kind");
                    String status = rs.getString("status");
                    java.sql.Timestamp at = "KEPT".equals(status)
                            ? rs.getTimestamp("kept_at")
                            : "BROKEN".equals(status) ? rs.getTimestamp("broken_at") : rs.getTimestamp("made_at");
                    String description = rs.getString("description");
                    entries.add(new Entry(
                            at.toInstant(),
                            "service.timeline.promise." + status + "." + kind,
                            List.of(description == null ? "" : description),
                            null,
                            null,
                            href));
                    return null;
                })
                .list();
        return entries.stream()
                .sorted(Comparator.comparing(Entry::at).reversed())
                .limit(limit)
                .toList();
    }
}
