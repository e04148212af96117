package org.clientela.service.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;

import org.clientela.platform.ClientelaSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * S2 Response times: when a case must first be answered and resolved, counted in opening hours from
 * its opening; the first answer is the first note of what we told the customer.
 */
@Service
public class ResponseTimes {

    /** Where a clock stands: done in time, running, near its end (warning), or breached. */
    public enum State { MET, MISSED, RUNNING, NEAR, BREACHED }

    /**
     * One clock of a case.
     *
     * @param targetHours the target in opening hours
     * @param due         the moment the target ends
     * @param doneAt      when it was done (first answer, resolution), null while running
     * @param hoursLeft   opening hours left until due (negative when late), while running
     */
    public record Clock(int targetHours, Instant due, Instant doneAt, State state, double hoursLeft) {
    }

    /** Both clocks of a case; empty when no target is set for its type and priority. */
    public record CaseClocks(Clock firstResponse, Clock resolution) {
    }

    private final JdbcClient jdbc;
    private final BusinessHours hours;
    private final double warnShare;
    private final java.time.Clock clock;

    ResponseTimes(JdbcClient jdbc, ResponseTimeSettings settings, ClientelaSettings shared, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.hours = BusinessHours.parse(settings.openingHours(), new HashSet<>(settings.holidays()),
                shared.timeZone());
        this.warnShare = settings.warnShare();
        this.clock = clock;
    }

    public BusinessHours businessHours() {
        return hours;
    }

    public Optional<CaseClocks> of(ServiceCase c) {
        return jdbc.sql("""
                SELECT first_response_hours, resolution_hours FROM service_response_target
                WHERE case_type = :type AND priority = :priority""")
                .param("type", c.getType().name()).param("priority", c.getPriority().name())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .map(t -> {
                    Instant firstAnswer = c.getNotes().stream().filter(n -> n.kind() == NoteKind.TOLD_CUSTOMER)
                            .map(CaseNote::writtenAt).min(Instant::compareTo).orElse(null);
                    return new CaseClocks(clockOf(c.getOpenedAt(), t[0], firstAnswer),
                            clockOf(c.getOpenedAt(), t[1], c.getResolvedAt()));
                });
    }

    /** A clock of {@code target} opening hours from {@code start}, done at {@code doneAt} (or not yet). */
    Clock clockOf(Instant start, int target, Instant doneAt) {
        Instant due = hours.plus(start, Duration.ofHours(target));
        if (doneAt != null) {
            return new Clock(target, due, doneAt, doneAt.isAfter(due) ? State.MISSED : State.MET, 0);
        }
        Instant now = clock.instant();
        double left = now.isAfter(due) ? -hours.between(due, now).toMinutes() / 60.0
                : hours.between(now, due).toMinutes() / 60.0;
        State state = !now.isBefore(due) ? State.BREACHED : left <= target * warnShare ? State.NEAR : State.RUNNING;
        return new Clock(target, due, null, state, Math.round(left * 10) / 10.0);
    }
}
