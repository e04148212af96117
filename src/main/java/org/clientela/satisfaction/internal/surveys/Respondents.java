package org.clientela.satisfaction.internal.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fatigue cap: when each customer was last asked. A survey takes the customer's row with a
 * guarded UPDATE (or the INSERT of a first row), so of two requests for one customer at the same
 * moment — on one instance or two — one asks and the other is skipped.
 */
@Component
class Respondents {

    private final JdbcClient jdbc;
    private final SurveySettings settings;
    private final Clock clock;

    Respondents(JdbcClient jdbc, SurveySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** When the customer was last asked (anything, and NPS). */
    record LastAsked(Instant any, Instant nps) {}

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<LastAsked> lastAsked(long customerId) {
        return jdbc.sql("SELECT last_asked_at, last_nps_at FROM satisfaction_respondent WHERE customer_id = :c")
                .param("c", customerId)
                .query((rs, n) -> new LastAsked(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /**
     * Takes the customer for a survey of {@code kind} asked now; returns null when taken, else why
     * not ({@link SkipReason#FATIGUE} or {@link SkipReason#NPS_INTERVAL}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    SkipReason take(long customerId, SurveyKind kind) {
        Instant now = clock.instant();
        Instant capCutoff = now.minus(Duration.ofDays(settings.minDaysBetween()));
        Instant npsCutoff = now.atZone(clock.getZone())
                .minusMonths(settings.surveys().npsEveryMonths())
                .toInstant();
        boolean nps = kind == SurveyKind.NPS;
        int updated = jdbc.sql(nps ? """
                        UPDATE satisfaction_respondent SET last_asked_at = :now, last_nps_at = :now
                         WHERE customer_id = :c AND last_asked_at <= :cap
                           AND (last_nps_at IS NULL OR last_nps_at <= :npsCut)""" : """
                        UPDATE satisfaction_respondent SET last_asked_at = :now
                         WHERE customer_id = :c AND last_asked_at <= :cap""")
                .param("now", Timestamp.from(now))
                .param("c", customerId)
                .param("cap", Timestamp.from(capCutoff))
                .param("npsCut", Timestamp.from(npsCutoff))
                .update();
        if (updated == 1) {
            return null;
        }
        int inserted = jdbc.sql("""
                        INSERT INTO satisfaction_respondent (customer_id, last_asked_at, last_nps_at)
                        VALUES (:c, :now, :nps) ON CONFLICT DO NOTHING""")
                .param("c", customerId)
                .param("now", Timestamp.from(now))
                .param("nps", nps ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
                .update();
        if (inserted == 1) {
            return null;
        }
        LastAsked last = lastAsked(customerId).orElseThrow();
        return last.any().isAfter(capCutoff) ? SkipReason.FATIGUE : SkipReason.NPS_INTERVAL;
    }

    /** Gives back a take whose survey could not go out: the row as it was before. */
    @Transactional(propagation = Propagation.MANDATORY)
    void giveBack(long customerId, Optional<LastAsked> before) {
        if (before.isEmpty()) {
            jdbc.sql("DELETE FROM satisfaction_respondent WHERE customer_id = :c")
                    .param("c", customerId)
                    .update();
            return;
        }
        jdbc.sql("UPDATE satisfaction_respondent SET last_asked_at = :any, last_nps_at = :nps WHERE customer_id = :c")
                .param("any", Timestamp.from(before.get().any()))
                .param(
                        "nps",
                        before.get().nps() == null
                                ? null
                                : Timestamp.from(before.get().nps()),
                        java.sql.Types.TIMESTAMP)
                .param("c", customerId)
                .update();
    }

    /** A survey asked and answered at once, outside the cap's say (a colleague asked on the phone): it still counts. */
    @Transactional(propagation = Propagation.MANDATORY)
    void askedNow(long customerId, SurveyKind kind) {
        Timestamp now = Timestamp.from(clock.instant());
        String nps = kind == SurveyKind.NPS ? ", last_nps_at = :now" : "";
        int updated = jdbc.sql("UPDATE satisfaction_respondent SET last_asked_at = :now" + nps
                        + " WHERE customer_id = :c AND last_asked_at < :now")
                .param("now", now)
                .param("c", customerId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO satisfaction_respondent (customer_id, last_asked_at, last_nps_at)
                            VALUES (:c, :now, :nps) ON CONFLICT DO NOTHING""")
                    .param("c", customerId)
                    .param("now", now)
                    .param("nps", kind == SurveyKind.NPS ? now : null, java.sql.Types.TIMESTAMP)
                    .update();
        }
    }
}
