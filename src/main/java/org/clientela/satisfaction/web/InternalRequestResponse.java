package org.clientela.satisfaction.web;

import java.time.Instant;
import java.util.List;
import org.clientela.satisfaction.internal.requests.InternalRequest;
import org.clientela.satisfaction.internal.requests.RequestMessage;

/** An internal request as the API gives it; due moments null when no target is set. */
record InternalRequestResponse(
        long id,
        String fromDepartment,
        String toDepartment,
        String requester,
        String type,
        String priority,
        String subject,
        String description,
        boolean customerAffected,
        Long customerId,
        String status,
        Instant createdAt,
        Instant firstResponseDue,
        Instant resolutionDue,
        Instant firstResponseAt,
        Integer firstResponseMinutes,
        Boolean firstResponseInTime,
        Instant closedAt,
        String closedBy,
        Boolean resolvedInTime,
        Long promiseId,
        Integer rating,
        String ratingComment,
        long version,
        List<Message> messages) {

    record Message(String author, String department, String kind, String text, Instant writtenAt) {}

    static InternalRequestResponse of(InternalRequest r, List<RequestMessage> messages) {
        return new InternalRequestResponse(
                r.id(),
                r.fromDepartment(),
                r.toDepartment(),
                r.requester(),
                r.type().name(),
                r.priority().name(),
                r.subject(),
                r.description(),
                r.customerAffected(),
                r.customerId(),
                r.status().name(),
                r.createdAt(),
                r.firstResponseDue(),
                r.resolutionDue(),
                r.firstResponseAt(),
                r.firstResponseMinutes(),
                r.firstResponseInTime(),
                r.closedAt(),
                r.closedBy(),
                r.resolvedInTime(),
                r.promiseId(),
                r.rating(),
                r.ratingComment(),
                r.version(),
                messages.stream()
                        .map(m ->
                                new Message(m.author(), m.department(), m.kind().name(), m.body(), m.writtenAt()))
                        .toList());
    }
}
