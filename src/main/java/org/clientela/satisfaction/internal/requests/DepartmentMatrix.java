package org.clientela.satisfaction.internal.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clientela.platform.Interval;
import org.clientela.platform.Proportions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department × department: for each pair that asked and served in a period, how many requests,
 * the median first answer in opening minutes, the share answered in time with its Wilson interval,
 * and the requesters' CSAT (share of 4-5) with its interval. All of it is added up by the database;
 * only one row per pair comes back.
 * <p>
 * A request counts for "in time" once its clock has ended: answered, or unanswered past its due
 * moment (late, and still waiting). Requests without a target, and those withdrawn unanswered, do
 * not count. A hand-off <em>hurts</em> when even the top of an interval stays below its goal: few
 * requests give wide intervals, so a pair is never blamed on two bad days.
 */
@Service
public class DepartmentMatrix {

    /** One pair of departments. Shares and medians are null when nothing was measured. */
    public record Cell(
            String from,
            String to,
            long requests,
            Double medianFirstResponseMinutes,
            long measured,
            long inTime,
            Interval inTimeInterval,
            long rated,
            long satisfied,
            Interval csatInterval,
            boolean hurts) {

        public Double inTimeShare() {
            return measured == 0 ? null : (double) inTime / measured;
        }

        public Double csat() {
            return rated == 0 ? null : (double) satisfied / rated;
        }
    }

    /** The pairs of a period, with every department that appears in one, alphabetically. */
    public record Matrix(Instant from, Instant to, List<String> departments, List<Cell> cells) {

        public Optional<Cell> cell(String asking, String serving) {
            return cells.stream()
                    .filter(c -> c.from().equals(asking) && c.to().equals(serving))
                    .findFirst();
        }

        /** The pairs that hurt, the lowest share in time first. */
        public List<Cell> hurting() {
            return cells.stream()
                    .filter(Cell::hurts)
                    .sorted(Comparator.comparing((Cell c) -> c.inTimeShare() == null ? 1.0 : c.inTimeShare())
                            .thenComparing(c -> c.csat() == null ? 1.0 : c.csat()))
                    .toList();
        }
    }

    private final JdbcClient jdbc;
    private final InternalServiceSettings settings;
    private final Clock clock;

    DepartmentMatrix(JdbcClient jdbc, InternalServiceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The requests made from {@code from} (inclusive) to {@code to} (exclusive). */
    @Transactional(readOnly = true)
    public Matrix between(Instant from, Instant to) {
        List<Cell> cells = new ArrayList<>();
        TreeSet<String> departments = new TreeSet<>();
        jdbc.sql("""
                SELECT r.from_department, r.to_department, COUNT(*) AS requests,
                    PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY r.first_response_minutes) AS median_minutes,
                    SUM(CASE WHEN r.first_response_due IS NOT NULL AND (r.first_response_at IS NOT NULL
                        OR (r.first_response_due < :now AND r.status <> 'CANCELLED')) THEN 1 ELSE 0 END) AS measured,
                    SUM(CASE WHEN r.first_response_due IS NOT NULL AND r.first_response_at IS NOT NULL
                        AND r.first_response_at <= r.first_response_due THEN 1 ELSE 0 END) AS in_time,
                    COUNT(s.score) AS rated,
                    SUM(CASE WHEN s.score >= 4 THEN 1 ELSE 0 END) AS satisfied
                FROM satisfaction_internal_request r
                LEFT JOIN satisfaction_survey s ON s.internal_request_id = r.id AND s.status = 'ANSWERED'
                WHERE r.created_at >= :from AND r.created_at < :to
                GROUP BY r.from_department, r.to_department
                ORDER BY r.from_department, r.to_department""")
                .param("now", Timestamp.from(clock.instant()))
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    long measured = rs.getLong("measured");
                    long inTime = rs.getLong("in_time");
                    long rated = rs.getLong("rated");
                    long satisfied = rs.getLong("satisfied");
                    double median = rs.getDouble("median_minutes");
                    Double medianOrNull = rs.wasNull() ? null : median;
                    Interval inTimeInterval = Proportions.wilson(inTime, measured);
                    Interval csatInterval = Proportions.wilson(satisfied, rated);
                    boolean hurts = (measured > 0 && inTimeInterval.high() < settings.inTimeGoal())
                            || (rated > 0 && csatInterval.high() < settings.csatGoal());
                    Cell cell = new Cell(
                            rs.getString("from_department"),
                            rs.getString("to_department"),
                            rs.getLong("requests"),
                            medianOrNull,
                            measured,
                            inTime,
                            inTimeInterval,
                            rated,
                            satisfied,
                            csatInterval,
                            hurts);
                    cells.add(cell);
                    departments.add(cell.from());
                    departments.add(cell.to());
                });
        return new Matrix(from, to, List.copyOf(departments), List.copyOf(cells));
    }
}
