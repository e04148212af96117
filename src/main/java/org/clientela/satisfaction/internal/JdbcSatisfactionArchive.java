package org.clientela.satisfaction.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.clientela.satisfaction.SatisfactionArchive;
import org.clientela.satisfaction.internal.surveys.SurveyCounts;
import org.clientela.satisfaction.internal.surveys.SurveyKind;
import org.clientela.satisfaction.internal.surveys.SurveyMode;
import org.clientela.satisfaction.internal.surveys.SurveyStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link SatisfactionArchive} in batches of inserts. */
@Component
class JdbcSatisfactionArchive implements SatisfactionArchive {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SurveyCounts counts;

    JdbcSatisfactionArchive(JdbcTemplate jdbc, Clock clock, SurveyCounts counts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = counts;
    }

    @Override
    @Transactional
    public int bringInSurveys(List<PastSurvey> surveys) {
        List<Object[]> rows = new ArrayList<>();
        List<SurveyCounts.Counted> counted = new ArrayList<>();
        for (PastSurvey s : surveys) {
            Timestamp asked = Timestamp.from(s.askedAt());
            boolean answered = s.score() != null;
            counted.add(new SurveyCounts.Counted(
                    s.askedAt(),
                    SurveyKind.valueOf(s.kind()),
                    SurveyMode.valueOf(s.mode()),
                    answered ? SurveyStatus.ANSWERED : SurveyStatus.SENT,
                    s.score(),
                    s.owner(),
                    null));
            Timestamp answeredAt =
                    answered ? Timestamp.from(s.askedAt().plusSeconds("LINK".equals(s.mode()) ? 3 * 3600 : 0)) : null;
            rows.add(new Object[] {
                s.kind(),
                s.mode(),
                answered ? "ANSWERED" : "SENT",
                s.customerId(),
                s.owner(),
                asked,
                answeredAt,
                s.score(),
                s.comment(),
                "LINK".equals(s.mode()) && !answered
                        ? Timestamp.from(s.askedAt().plusSeconds(30L * 86400))
                        : null
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO satisfaction_survey (kind, mode, status, customer_id, owner_user, language, created_at,
                    answered_at, score, comment, expires_at)
                VALUES (?, ?, ?, ?, ?, 'es', ?, ?, ?, ?, ?)""", rows);
        counts.addedAll(counted);
        jdbc.update("""
                INSERT INTO satisfaction_respondent (customer_id, last_asked_at, last_nps_at)
                SELECT customer_id, MAX(created_at), MAX(CASE WHEN kind = 'NPS' THEN created_at END)
                  FROM satisfaction_survey WHERE customer_id IS NOT NULL AND status <> 'SKIPPED' AND created_at <= ?
                 GROUP BY customer_id
                ON CONFLICT DO NOTHING""", Timestamp.from(clock.instant()));
        return rows.size();
    }

    @Override
    @Transactional
    public int bringInFollowUps(List<PastFollowUp> followUps) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (PastFollowUp f : followUps) {
            rows.add(new Object[] {
                f.customerId(),
                f.orderId(),
                f.orderNumber(),
                f.firstOrder() ? "FIRST_ORDER" : "AMOUNT",
                f.owner(),
                Date.valueOf(f.createdOn()),
                Date.valueOf(f.dueOn()),
                Date.valueOf(f.dueOn()),
                f.outcome() == null ? "OPEN" : "DONE",
                f.outcome(),
                f.outcome() == null ? 0 : 1,
                f.note(),
                f.doneOn() == null ? null : Date.valueOf(f.doneOn()),
                f.outcome() == null ? null : f.owner(),
                now
            });
        }
        jdbc.batchUpdate("""
                INSERT INTO satisfaction_follow_up (customer_id, order_id, order_number, reason, owner_user, created_on,
                    first_due_on, due_on, status, outcome, tries, note, done_on, done_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rows);
        return rows.size();
    }
}
