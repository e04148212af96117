package org.clientela.service.internal.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clientela.service.PromiseKind;
import org.clientela.service.internal.cases.ConcessionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of service (promises, updates, concessions), each aggregated in SQL over the promises made (or cases
 * opened) in the last {@code days} days: how often each person breaks their word, how lead times
 * compare with what was promised, whether call-backs are made, and what concessions cost.
 */
@Service
@Transactional(readOnly = true)
public class ServiceFigures {

    /**
     * Promises of one person (or of the team when {@code owner} is {@code null}). The broken rate is
     * broken / (kept + broken): pending promises are not decided yet.
     */
    public record PromiseRate(String owner, long made, long kept, long broken, long pending) {
        public BigDecimal brokenPercent() {
            long decided = kept + broken;
            return decided == 0
                    ? null
                    : BigDecimal.valueOf(broken * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
        }
    }

    /** Kept promises of one kind: promised against actual lead time, in days on average. */
    public record LeadTime(PromiseKind kind, long kept, BigDecimal promisedDays, BigDecimal actualDays) {
        public BigDecimal spareDays() {
            return promisedDays.subtract(actualDays);
        }
    }

    /** "They never call me back": call-backs promised by a person against call-backs made in time. */
    public record Callbacks(String owner, long promised, long made, long missed) {}

    /** Concessions of one kind: how many, and their value. */
    public record ConcessionTotal(ConcessionKind kind, long count, BigDecimal amount) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ServiceFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<PromiseRate> promiseRates(int days) {
        return jdbc.sql("""
                SELECT owner_username, COUNT(*),
                       SUM(CASE WHEN status = 'KEPT' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'BROKEN' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END)
                  FROM service_promise WHERE made_at >= :since
                 GROUP BY owner_username ORDER BY owner_username""")
                .param("since", since(days))
                .query((rs, n) ->
                        new PromiseRate(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public PromiseRate teamRate(List<PromiseRate> people) {
        return new PromiseRate(
                null,
                people.stream().mapToLong(PromiseRate::made).sum(),
                people.stream().mapToLong(PromiseRate::kept).sum(),
                people.stream().mapToLong(PromiseRate::broken).sum(),
                people.stream().mapToLong(PromiseRate::pending).sum());
    }

    public List<LeadTime> leadTimes(int days) {
        return jdbc.sql("""
                SELECT kind, COUNT(*), AVG(promised_days), AVG(actual_days)
                  FROM service_promise WHERE status = 'KEPT' AND made_at >= :since
                 GROUP BY kind ORDER BY kind""")
                .param("since", since(days))
                .query((rs, n) -> new LeadTime(
                        PromiseKind.valueOf(rs.getString(1)),
                        rs.getLong(2),
                        rs.getBigDecimal(3).setScale(1, RoundingMode.HALF_UP),
                        rs.getBigDecimal(4).setScale(1, RoundingMode.HALF_UP)))
                .list();
    }

    public List<Callbacks> callbacks(int days) {
        return jdbc.sql("""
                SELECT owner_username, COUNT(*),
                       SUM(CASE WHEN status = 'KEPT' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'BROKEN' THEN 1 ELSE 0 END)
                  FROM service_promise WHERE kind = 'CALL_BACK' AND made_at >= :since
                 GROUP BY owner_username ORDER BY owner_username""")
                .param("since", since(days))
                .query((rs, n) -> new Callbacks(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    public List<ConcessionTotal> concessions(int days) {
        return jdbc.sql("""
                SELECT kind, COUNT(*), SUM(amount) FROM service_concession WHERE granted_at >= :since
                 GROUP BY kind ORDER BY kind""")
                .param("since", since(days))
                .query((rs, n) -> new ConcessionTotal(
                        ConcessionKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
    }

    /** Open cases whose customer is owed news now. */
    public long overdueUpdates() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM service_case WHERE status IN ('OPEN', 'IN_PROGRESS') AND next_update_due_at <= :now""")
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private Timestamp since(int days) {
        Instant now = clock.instant();
        return Timestamp.from(now.minus(Duration.ofDays(Math.max(1, days))));
    }
}
