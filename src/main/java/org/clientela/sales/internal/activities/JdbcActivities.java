package org.clientela.sales.internal.activities;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of steps and the first-step moments and outcome they keep on their prospect. */
@Repository
class JdbcActivities {

    private final JdbcClient jdbc;
    private final ActivityDays days;

    JdbcActivities(JdbcClient jdbc, ActivityDays days) {
        this.jdbc = jdbc;
        this.days = days;
    }

    Optional<ProspectFacts> prospect(long id) {
        return jdbc.sql("""
                        SELECT id, name, tax_id, email, phone, address, city, postal_code, owner_username,
                               campaign_id, outcome, customer_id, first_call_at, first_conversation_at,
                               first_appointment_at, first_meeting_at, first_proposal_at
                        FROM sales_prospect WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new ProspectFacts(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("tax_id"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("address"),
                        rs.getString("city"),
                        rs.getString("postal_code"),
                        rs.getString("owner_username"),
                        (Long) rs.getObject("campaign_id", Long.class),
                        rs.getString("outcome"),
                        (Long) rs.getObject("customer_id", Long.class),
                        instant(rs, "first_call_at"),
                        instant(rs, "first_conversation_at"),
                        instant(rs, "first_appointment_at"),
                        instant(rs, "first_meeting_at"),
                        instant(rs, "first_proposal_at")))
                .optional();
    }

    /**
     * Moves the prospect's first-step moments that the step implies back to its moment when earlier,
     * and decides the prospect on a {@code WON} or {@code LOST}, all only while it is undecided: the
     * guard that lets exactly one of two wins logged at once through. False when the prospect was
     * decided (or gone) first.
     */
    boolean advance(long prospectId, ActivityRules.CheckedActivity step, Instant now) {
        String moments = Milestones.setBy(step.kind()).stream()
                .map(c -> c + " = COALESCE(LEAST(" + c + ", :at), :at), ")
                .collect(Collectors.joining());
        String decision = step.kind().decides()
                ? "outcome = :outcome, decided_at = :at, won_amount = :amount, lost_reason = :reason, "
                : "";
        var sql = jdbc.sql("UPDATE sales_prospect SET " + moments + decision
                        + "version = version + 1, updated_at = :now WHERE id = :id AND outcome IS NULL")
                .param("id", prospectId)
                .param("now", Timestamp.from(now));
        if (!moments.isEmpty() || !decision.isEmpty()) {
            sql = sql.param("at", Timestamp.from(step.at()));
        }
        if (step.kind().decides()) {
            sql = sql.param("outcome", step.kind().name())
                    .param("amount", step.kind() == ActivityKind.WON ? step.amount() : null, java.sql.Types.NUMERIC)
                    .param(
                            "reason",
                            step.reason() == null ? null : step.reason().name(),
                            java.sql.Types.VARCHAR);
        }
        return sql.update() == 1;
    }

    /** Writes a step and adds it to its day's sums, in the caller's transaction. */
    long insert(long prospectId, Long campaignId, String seller, ActivityRules.CheckedActivity step, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO sales_activity (prospect_id, campaign_id, seller_username, kind, at, minutes,
                            amount, appointment_at, lost_reason, note, recorded_at, recorded_by)
                        VALUES (:prospect, :campaign, :seller, :kind, :at, :minutes, :amount, :appointment,
                            :reason, :note, :now, :seller)""")
                .param("prospect", prospectId)
                .param("campaign", campaignId, java.sql.Types.BIGINT)
                .param("seller", seller)
                .param("kind", step.kind().name())
                .param("at", Timestamp.from(step.at()))
                .param("minutes", step.minutes(), java.sql.Types.INTEGER)
                .param("amount", step.amount(), java.sql.Types.NUMERIC)
                .param(
                        "appointment",
                        step.appointmentAt() == null ? null : Timestamp.from(step.appointmentAt()),
                        // PostgreSQL's driver refuses a Timestamp declared as TIMESTAMP_WITH_TIMEZONE.
                        java.sql.Types.TIMESTAMP)
                .param("reason", step.reason() == null ? null : step.reason().name(), java.sql.Types.VARCHAR)
                .param("note", step.note(), java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .update(key, "id");
        days.add(step.at(), seller, campaignId, step.kind(), step.minutes());
        return key.getKey().longValue();
    }

    void customer(long prospectId, long customerId) {
        jdbc.sql("UPDATE sales_prospect SET customer_id = :customer WHERE id = :id")
                .param("customer", customerId)
                .param("id", prospectId)
                .update();
    }

    /** The steps on a prospect, newest first. */
    List<Activity> of(long prospectId, int limit) {
        return jdbc.sql("""
                        SELECT id, prospect_id, campaign_id, seller_username, kind, at, minutes, amount,
                               appointment_at, lost_reason, note, recorded_at
                        FROM sales_activity WHERE prospect_id = :prospect ORDER BY at DESC, id DESC
                        LIMIT :limit""")
                .param("prospect", prospectId)
                .param("limit", limit)
                .query(JdbcActivities::activity)
                .list();
    }

    Optional<Activity> get(long id) {
        return jdbc.sql("""
                        SELECT id, prospect_id, campaign_id, seller_username, kind, at, minutes, amount,
                               appointment_at, lost_reason, note, recorded_at
                        FROM sales_activity WHERE id = :id""").param("id", id).query(JdbcActivities::activity).optional();
    }

    private static Activity activity(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("lost_reason");
        BigDecimal amount = rs.getBigDecimal("amount");
        return new Activity(
                rs.getLong("id"),
                rs.getLong("prospect_id"),
                rs.getObject("campaign_id", Long.class),
                rs.getString("seller_username"),
                ActivityKind.valueOf(rs.getString("kind")),
                instant(rs, "at"),
                rs.getObject("minutes", Integer.class),
                amount,
                instant(rs, "appointment_at"),
                reason == null ? null : LostReason.valueOf(reason),
                rs.getString("note"),
                instant(rs, "recorded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
