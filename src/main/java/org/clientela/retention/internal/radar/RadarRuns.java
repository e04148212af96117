package org.clientela.retention.internal.radar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.clientela.retention.internal.risk.RiskRanking;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The table of radar runs: started, progress, finished or failed. */
@Component
public class RadarRuns {

    private final JdbcClient jdbc;
    private final Clock clock;

    RadarRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long create(String trigger, String by, LocalDate asOf) {
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO retention_radar_run (status, run_trigger, started_by, started_at, heartbeat_at, as_of)
                VALUES ('RUNNING', :trigger, :by, :now, :now, :asOf)""")
                .param("trigger", trigger)
                .param("by", by)
                .param("now", now)
                .param("asOf", Date.valueOf(asOf))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void progress(long id, long done, long thin) {
        jdbc.sql("""
                UPDATE retention_radar_run SET customers_done = :done, customers_thin = :thin, heartbeat_at = :now
                 WHERE id = :id""")
                .param("done", done)
                .param("thin", thin)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    void finish(long id, long done, long thin, long found, long fresh, long closed, long tasks, boolean modelUsed) {
        jdbc.sql("""
                UPDATE retention_radar_run SET status = 'DONE', customers_done = :done, customers_thin = :thin,
                       signals_found = :found, signals_new = :fresh, signals_closed = :closed, tasks_created = :tasks,
                       model_used = :model, heartbeat_at = :now, finished_at = :now
                 WHERE id = :id""")
                .param("done", done)
                .param("thin", thin)
                .param("found", found)
                .param("fresh", fresh)
                .param("closed", closed)
                .param("tasks", tasks)
                .param("model", modelUsed)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    /** Records how the run ranked the customers. */
    void ranked(long id, int horizonDays, RiskRanking.Result result) {
        jdbc.sql("""
                UPDATE retention_radar_run SET ranking_method = :method, horizon_days = :horizon,
                       backtest_customers = :customers, backtest_auc = :auc, backtest_auc_recency = :recency,
                       backtest_auc_model = :model, backtest_top_share = :top, backtest_base_share = :base,
                       heartbeat_at = :now
                 WHERE id = :id""")
                .param("method", result.method().name())
                .param("horizon", horizonDays)
                .param("customers", result.backtestCustomers())
                .param("auc", result.chosenAuc())
                .param("recency", result.auc().get(RiskRanking.Method.RECENCY))
                .param("model", result.auc().get(RiskRanking.Method.MODEL))
                .param("top", result.topShare())
                .param("base", result.baseShare())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    void fail(long id, String errorKey) {
        jdbc.sql("""
                UPDATE retention_radar_run SET status = 'FAILED', error = :error, heartbeat_at = :now, finished_at = :now
                 WHERE id = :id AND status = 'RUNNING'""")
                .param("error", errorKey)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    public Optional<RadarRun> find(long id) {
        return jdbc.sql("SELECT * FROM retention_radar_run WHERE id = :id")
                .param("id", id)
                .query(MAPPER)
                .optional();
    }

    /** The run in progress, if its heartbeat is younger than {@code timeout}. */
    Optional<Long> running(java.time.Duration timeout) {
        return jdbc.sql("""
                SELECT id FROM retention_radar_run WHERE status = 'RUNNING' AND heartbeat_at > :since
                 ORDER BY id DESC LIMIT 1""")
                .param("since", Timestamp.from(clock.instant().minus(timeout)))
                .query(Long.class)
                .optional();
    }

    Optional<RadarRun> latest() {
        return jdbc.sql("SELECT * FROM retention_radar_run ORDER BY started_at DESC, id DESC LIMIT 1")
                .query(MAPPER)
                .optional();
    }

    /** The newest run that finished its work. */
    Optional<RadarRun> latestDone() {
        return jdbc.sql("""
                SELECT * FROM retention_radar_run WHERE status = 'DONE' ORDER BY started_at DESC, id DESC LIMIT 1""").query(MAPPER).optional();
    }

    private static final RowMapper<RadarRun> MAPPER = (rs, n) -> new RadarRun(
            rs.getLong("id"),
            RadarRun.Status.valueOf(rs.getString("status")),
            rs.getString("run_trigger"),
            rs.getString("started_by"),
            rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null
                    ? null
                    : rs.getTimestamp("finished_at").toInstant(),
            rs.getDate("as_of").toLocalDate(),
            rs.getLong("customers_done"),
            rs.getLong("customers_thin"),
            rs.getLong("signals_found"),
            rs.getLong("signals_new"),
            rs.getLong("signals_closed"),
            rs.getLong("tasks_created"),
            rs.getBoolean("model_used"),
            rs.getString("error"),
            rs.getString("ranking_method") == null
                    ? null
                    : new RadarRun.Ranking(
                            rs.getString("ranking_method"),
                            rs.getInt("horizon_days"),
                            rs.getLong("backtest_customers"),
                            nullable(rs, "backtest_auc"),
                            nullable(rs, "backtest_auc_recency"),
                            nullable(rs, "backtest_auc_model"),
                            nullable(rs, "backtest_top_share"),
                            nullable(rs, "backtest_base_share")));

    private static Double nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
