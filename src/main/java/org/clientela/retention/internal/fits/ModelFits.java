package org.clientela.retention.internal.fits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import org.clientela.retention.internal.model.BgNbdParameters;
import org.clientela.retention.internal.model.CustomerBaseFit;
import org.clientela.retention.internal.model.GammaGammaParameters;
import org.clientela.retention.internal.model.HoldoutCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The stored fits and checks ({@code retention_model_fit}, {@code retention_model_check}). */
@Repository
class ModelFits {

    private static final String FIT_COLUMNS = """
            f.id, f.fitted_at, f.calibration_end, f.purpose, f.time_unit_days, f.bg_r, f.bg_alpha, f.bg_a, f.bg_b,
            f.log_likelihood, f.gg_p, f.gg_q, f.gg_gamma, f.spend_log_likelihood, f.customers, f.repeat_purchases,
            f.converged, f.seconds, f.fitted_by""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelFits(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long add(StoredFit fit) {
        CustomerBaseFit f = fit.fit();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO retention_model_fit (fitted_at, calibration_end, purpose, time_unit_days, bg_r, bg_alpha,
                            bg_a, bg_b, log_likelihood, gg_p, gg_q, gg_gamma, spend_log_likelihood, customers,
                            repeat_purchases, converged, seconds, fitted_by)
                        VALUES (:at, :end, :purpose, :unit, :r, :alpha, :a, :b, :ll, :p, :q, :gamma, :spendLl, :customers,
                            :repeat, :converged, :seconds, :by)""")
                .param("at", Timestamp.from(fit.fittedAt()))
                .param("end", fit.calibrationEnd())
                .param("purpose", fit.purpose().name())
                .param("unit", fit.timeUnitDays())
                .param("r", f.purchases().r())
                .param("alpha", f.purchases().alpha())
                .param("a", f.purchases().a())
                .param("b", f.purchases().b())
                .param("ll", f.logLikelihood())
                .param("p", f.spend().p())
                .param("q", f.spend().q())
                .param("gamma", f.spend().gamma())
                .param("spendLl", f.spendLogLikelihood())
                .param("customers", f.customers())
                .param("repeat", f.repeatPurchases())
                .param("converged", f.converged())
                .param("seconds", fit.seconds())
                .param("by", fit.fittedBy())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The newest fit made for {@code purpose}. */
    Optional<StoredFit> latest(StoredFit.Purpose purpose) {
        return jdbc.sql("SELECT " + FIT_COLUMNS + " FROM retention_model_fit f WHERE f.purpose = :purpose"
                        + " ORDER BY f.id DESC LIMIT 1")
                .param("purpose", purpose.name())
                .query((rs, n) -> fit(rs, 0))
                .optional();
    }

    Optional<StoredFit> find(long id) {
        return jdbc.sql("SELECT " + FIT_COLUMNS + " FROM retention_model_fit f WHERE f.id = :id")
                .param("id", id)
                .query((rs, n) -> fit(rs, 0))
                .optional();
    }

    void addCheck(StoredCheck check) {
        jdbc.sql("""
                        INSERT INTO retention_model_check (fit_id, checked_at, holdout_end, holdout_weeks, result, checked_by,
                            last_order)
                        VALUES (:fit, :at, :end, :weeks, :result, :by, :lastOrder)""")
                .param("fit", check.fit().id())
                .param("at", Timestamp.from(check.checkedAt()))
                .param("end", check.holdoutEnd())
                .param("weeks", check.holdoutWeeks())
                .param("result", json.writeValueAsString(check.result()))
                .param("by", check.checkedBy())
                .param("lastOrder", check.lastOrder())
                .update();
    }

    Optional<StoredCheck> latestCheck() {
        return jdbc.sql("SELECT " + FIT_COLUMNS + """
                        , c.id, c.checked_at, c.holdout_end, c.holdout_weeks, c.result, c.checked_by, c.last_order
                          FROM retention_model_check c JOIN retention_model_fit f ON f.id = c.fit_id
                         ORDER BY c.id DESC LIMIT 1""")
                .query((rs, n) -> new StoredCheck(
                        rs.getLong(20),
                        fit(rs, 0),
                        rs.getTimestamp(21).toInstant(),
                        rs.getObject(22, LocalDate.class),
                        rs.getInt(23),
                        json.readValue(rs.getString(24), HoldoutCheck.Result.class),
                        rs.getString(25),
                        rs.getObject(26, LocalDate.class)))
                .optional();
    }

    private static StoredFit fit(ResultSet rs, int offset) throws SQLException {
        int i = offset;
        CustomerBaseFit fit = new CustomerBaseFit(
                new BgNbdParameters(rs.getDouble(i + 6), rs.getDouble(i + 7), rs.getDouble(i + 8), rs.getDouble(i + 9)),
                rs.getDouble(i + 10),
                new GammaGammaParameters(rs.getDouble(i + 11), rs.getDouble(i + 12), rs.getDouble(i + 13)),
                rs.getDouble(i + 14),
                rs.getLong(i + 15),
                rs.getLong(i + 16),
                rs.getBoolean(i + 17));
        return new StoredFit(
                rs.getLong(i + 1),
                rs.getTimestamp(i + 2).toInstant(),
                rs.getObject(i + 3, LocalDate.class),
                StoredFit.Purpose.valueOf(rs.getString(i + 4)),
                rs.getInt(i + 5),
                fit,
                rs.getDouble(i + 18),
                rs.getString(i + 19));
    }
}
