package org.clientela.satisfaction.internal.requests;

import java.time.Instant;
import org.clientela.service.CaseType;

/**
 * One department's request to another, as kept. The due moments are null when the response-targets
 * page sets no target for its type and priority; {@code rating} is the requester's answer (1-5) once
 * given.
 */
public record InternalRequest(
        long id,
        String fromDepartment,
        String toDepartment,
        String requester,
        CaseType type,
        RequestPriority priority,
        String subject,
        String description,
        boolean customerAffected,
        Long customerId,
        RequestStatus status,
        Instant createdAt,
        Instant firstResponseDue,
        Instant resolutionDue,
        Instant firstResponseAt,
        String firstResponseBy,
        Integer firstResponseMinutes,
        Instant closedAt,
        String closedBy,
        Integer resolutionMinutes,
        Long promiseId,
        Instant ratedAt,
        Integer rating,
        String ratingComment,
        long version) {

    /** Whether the first answer came by its due moment; null while none came or no target is set. */
    public Boolean firstResponseInTime() {
        return firstResponseDue == null || firstResponseAt == null ? null : !firstResponseAt.isAfter(firstResponseDue);
    }

    /** Whether it was closed by its due moment; null while open or when no target is set. */
    public Boolean resolvedInTime() {
        return resolutionDue == null || closedAt == null ? null : !closedAt.isAfter(resolutionDue);
    }

    /** Whether the requester may still rate it: closed and not yet rated. */
    public boolean awaitsRating() {
        return status == RequestStatus.CLOSED && ratedAt == null;
    }
}
