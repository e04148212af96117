package org.clientela.service.internal.investigations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.clientela.platform.BusinessSettings;
import org.clientela.platform.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the {@link Investigations} add up to: the recurring root causes over the last months, the
 * most frequent first, with the fixes recorded for them. It only reads.
 */
@Service
@Transactional(readOnly = true)
public class RootCauseReport {

    private final JdbcClient jdbc;
    private final BusinessSettings shared;
    private final Clock clock;

    RootCauseReport(JdbcClient jdbc, BusinessSettings shared, Clock clock) {
        this.jdbc = jdbc;
        this.shared = shared;
        this.clock = clock;
    }

    /** A root cause and how often it was found in the window. */
    public record CauseCount(RootCause cause, long cases, long admitted) {}

    /** A fix recorded, with the case it came from. */
    public record FixRecorded(
            long caseId, String reference, RootCause cause, String fix, String recordedBy, Instant recordedAt) {}

    /** The window the root-cause report counts over: the last {@code months} months up to now. */
    public Instant since(int months) {
        return ZonedDateTime.ofInstant(clock.instant(), shared.timeZone())
                .minusMonths(months)
                .toInstant();
    }

    /** Root causes found since {@code since}, the most frequent first. */
    public List<CauseCount> recurringCauses(Instant since) {
        return jdbc.sql("""
                SELECT root_cause, COUNT(*) AS cases,
                       SUM(CASE WHEN error_admitted THEN 1 ELSE 0 END) AS admitted
                FROM service_investigation WHERE recorded_at >= :since
                GROUP BY root_cause ORDER BY cases DESC, root_cause""")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new CauseCount(
                        RootCause.valueOf(rs.getString("root_cause")), rs.getLong("cases"), rs.getLong("admitted")))
                .list();
    }

    /** The fixes recorded since {@code since}, newest first, optionally of one cause. */
    public Slice<FixRecorded> fixes(Instant since, RootCause cause, int page, int size) {
        List<FixRecorded> rows = jdbc.sql("""
                SELECT i.case_id, c.reference, i.root_cause, i.fix, i.recorded_by, i.recorded_at
                FROM service_investigation i JOIN service_case c ON c.id = i.case_id
                WHERE i.recorded_at >= :since AND (CAST(:cause AS VARCHAR(30)) IS NULL OR i.root_cause = :cause)
                ORDER BY i.recorded_at DESC, i.case_id DESC
                LIMIT :limit OFFSET :offset""")
                .param("since", Timestamp.from(since))
                .param("cause", cause == null ? null : cause.name())
                .param("limit", size + 1)
                .param("offset", page * size)
                .query((rs, n) -> new FixRecorded(
                        rs.getLong("case_id"),
                        rs.getString("reference"),
                        RootCause.valueOf(rs.getString("root_cause")),
                        rs.getString("fix"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return Slice.of(rows, page, size);
    }
}
