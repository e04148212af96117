package org.clientela.satisfaction.internal.requests;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.clientela.satisfaction.InternalServiceArchive;
import org.clientela.service.CaseType;
import org.clientela.service.ResponseClocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link InternalServiceArchive} in SQL: a few dozen rows, written one by one. A rating goes into
 * the survey ledger with the moment it was given (an hour after closing), not the moment of loading,
 * so figures by month place it where it belongs.
 */
@Component
class JdbcInternalServiceArchive implements InternalServiceArchive {

    private final JdbcClient jdbc;
    private final ResponseClocks clocks;
    private final InternalServiceSettings settings;

    JdbcInternalServiceArchive(JdbcClient jdbc, ResponseClocks clocks, InternalServiceSettings settings) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.settings = settings;
    }

    @Override
    @Transactional
    public int bringIn(List<PastRequest> requests, List<PastReview> reviews) {
        requests.forEach(this::request);
        reviews.forEach(this::review);
        return requests.size() + reviews.size();
    }

    private void request(PastRequest r) {
        CaseType type = CaseType.valueOf(r.type());
        RequestPriority priority = RequestPriority.valueOf(r.priority());
        var targets = clocks.targetsFor(type, priority.name());
        Instant firstDue = targets.map(t -> clocks.afterOpeningHours(r.askedAt(), t.firstResponseHours()))
                .orElse(null);
        Instant resolutionDue = targets.map(t -> clocks.afterOpeningHours(r.askedAt(), t.resolutionHours()))
                .orElse(null);
        Instant firstAt = r.answeredAt() != null ? r.answeredAt() : r.closedAt();
        String status = r.closedAt() != null ? "CLOSED" : r.answeredAt() != null ? "IN_PROGRESS" : "OPEN";
        Instant ratedAt = r.rating() == null ? null : r.closedAt().plusSeconds(3600);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_internal_request (from_department, to_department, requester,
                            request_type, priority, subject, customer_affected, status, created_at,
                            first_response_due, resolution_due, first_response_at, first_response_by,
                            first_response_minutes, closed_at, closed_by, resolution_minutes, rated_at, version)
                        VALUES (:from, :to, :requester, :type, :priority, :subject, :affected, :status, :asked,
                            :firstDue, :resolutionDue, :firstAt, :by, :firstMinutes, :closedAt, :closedBy,
                            :resolutionMinutes, :ratedAt, 0)""")
                .param("from", r.fromDepartment())
                .param("to", r.toDepartment())
                .param("requester", r.requester())
                .param("type", type.name())
                .param("priority", priority.name())
                .param("subject", r.subject())
                .param("affected", r.customerAffected())
                .param("status", status)
                .param("asked", Timestamp.from(r.askedAt()))
                .param("firstDue", timestamp(firstDue))
                .param("resolutionDue", timestamp(resolutionDue))
                .param("firstAt", timestamp(firstAt))
                .param("by", firstAt == null ? null : r.answeredBy())
                .param("firstMinutes", firstAt == null ? null : minutes(r.askedAt(), firstAt))
                .param("closedAt", timestamp(r.closedAt()))
                .param("closedBy", r.closedAt() == null ? null : r.answeredBy())
                .param("resolutionMinutes", r.closedAt() == null ? null : minutes(r.askedAt(), r.closedAt()))
                .param("ratedAt", timestamp(ratedAt))
                .update(key, "id");
        long id = key.getKey().longValue();
        if (r.answer() != null && firstAt != null) {
            jdbc.sql("""
                            INSERT INTO satisfaction_internal_message (request_id, author, department, kind, body, written_at)
                            VALUES (:id, :author, :department, 'ANSWER', :body, :at)""")
                    .param("id", id)
                    .param("author", r.answeredBy())
                    .param("department", r.toDepartment())
                    .param("body", r.answer())
                    .param("at", Timestamp.from(firstAt))
                    .update();
        }
        if (ratedAt != null) {
            jdbc.sql("""
                            INSERT INTO satisfaction_survey (kind, mode, status, respondent_user, internal_request_id,
                                owner_user, language, created_at, answered_at, score, comment)
                            VALUES ('CSAT', 'LINK', 'ANSWERED', :requester, :id, :owner, 'es', :at, :at, :score,
                                :comment)""")
                    .param("requester", r.requester())
                    .param("id", id)
                    .param("owner", r.answeredBy())
                    .param("at", Timestamp.from(ratedAt))
                    .param("score", r.rating())
                    .param("comment", r.ratingComment())
                    .update();
        }
    }

    private void review(PastReview r) {
        boolean held = r.learnt() != null;
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO satisfaction_project_review (project, department, ended_on, due_on, status, held_on,
                            went_well, went_badly, learnt, organiser, created_at, version)
                        VALUES (:project, :department, :ended, :due, :status, :held, :well, :badly, :learnt,
                            :organiser, :created, 0)""")
                .param("project", r.project())
                .param("department", r.department())
                .param("ended", Date.valueOf(r.endedOn()))
                .param("due", Date.valueOf(clocks.workingDaysAfter(r.endedOn(), settings.reviewWorkingDays())))
                .param("status", held ? "HELD" : "PENDING")
                .param("held", held ? Date.valueOf(clocks.workingDaysAfter(r.endedOn(), 3)) : null)
                .param("well", r.wentWell())
                .param("badly", r.wentBadly())
                .param("learnt", r.learnt())
                .param("organiser", r.organiser())
                .param("created", Timestamp.valueOf(r.endedOn().atTime(12, 0)))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (PastAction a : r.actions()) {
            jdbc.sql("""
                            INSERT INTO satisfaction_review_action (review_id, description, owner, due_on, status,
                                done_at, done_by, created_at)
                            VALUES (:review, :description, :owner, :due, :status, :doneAt, :doneBy, :created)""")
                    .param("review", id)
                    .param("description", a.description())
                    .param("owner", a.owner())
                    .param("due", Date.valueOf(a.dueOn()))
                    .param("status", a.done() ? "DONE" : "OPEN")
                    .param("doneAt", a.done() ? Timestamp.valueOf(a.dueOn().atTime(12, 0)) : null)
                    .param("doneBy", a.done() ? a.owner() : null)
                    .param("created", Timestamp.valueOf(r.endedOn().atTime(12, 0)))
                    .update();
        }
    }

    private Integer minutes(Instant from, Instant to) {
        return (int) clocks.openingTimeBetween(from, to).toMinutes();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
