package org.clientela.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Brings in a past of internal service in one go — requests between departments with their
 * answers and ratings, and after-project reviews with their actions — for the demo business. Due
 * moments, opening minutes and review due days are computed here by the same rules as live ones.
 * Types are {@code COMPLAINT}, {@code QUESTION}, {@code REQUEST}; priorities {@code LOW},
 * {@code NORMAL}, {@code HIGH}, {@code URGENT}.
 */
public interface InternalServiceArchive {

    /**
     * A request as it went: {@code answeredAt} null while unanswered, {@code closedAt} null while
     * open, {@code rating} (1-5) null when not rated.
     */
    record PastRequest(
            String fromDepartment,
            String toDepartment,
            String requester,
            String type,
            String priority,
            String subject,
            boolean customerAffected,
            Instant askedAt,
            Instant answeredAt,
            String answeredBy,
            String answer,
            Instant closedAt,
            Integer rating,
            String ratingComment) {}

    /** A review: the findings null while it is pending. */
    record PastReview(
            String project,
            String department,
            LocalDate endedOn,
            String organiser,
            String wentWell,
            String wentBadly,
            String learnt,
            List<PastAction> actions) {}

    record PastAction(String description, String owner, LocalDate dueOn, boolean done) {}

    /** Writes them in the caller's transaction; returns how many requests and reviews were written. */
    int bringIn(List<PastRequest> requests, List<PastReview> reviews);
}
