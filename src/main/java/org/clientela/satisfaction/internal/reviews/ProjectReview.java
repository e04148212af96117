package org.clientela.satisfaction.internal.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review after a project: planned for {@code dueOn} (ten working days after {@code endedOn} by
 * default), held once with what went well, what went badly and what we learnt, and the actions it
 * decided.
 */
public record ProjectReview(
        long id,
        String project,
        String department,
        LocalDate endedOn,
        LocalDate dueOn,
        ReviewStatus status,
        LocalDate heldOn,
        String wentWell,
        String wentBadly,
        String learnt,
        String organiser,
        Instant createdAt,
        long version,
        List<ReviewAction> actions) {

    public static final int PROJECT_MAX = 200;
    public static final int FINDING_MAX = 4000;

    /** Whether it is pending past its due day. */
    public boolean lateOn(LocalDate today) {
        return status == ReviewStatus.PENDING && today.isAfter(dueOn);
    }

    ProjectReview withActions(List<ReviewAction> all) {
        return new ProjectReview(
                id,
                project,
                department,
                endedOn,
                dueOn,
                status,
                heldOn,
                wentWell,
                wentBadly,
                learnt,
                organiser,
                createdAt,
                version,
                List.copyOf(all));
    }
}
