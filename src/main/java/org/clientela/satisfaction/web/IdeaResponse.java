package org.clientela.satisfaction.web;

import java.time.Instant;
import java.time.LocalDate;
import org.clientela.satisfaction.internal.ideas.Idea;
import org.clientela.satisfaction.internal.ideas.IdeaArea;
import org.clientela.satisfaction.internal.ideas.IdeaChannel;
import org.clientela.satisfaction.internal.ideas.IdeaStatus;

/** A customer's idea as the API answers it; {@code version} goes back with a change. */
record IdeaResponse(
        long id,
        long customerId,
        String customerName,
        String text,
        IdeaArea area,
        IdeaChannel channel,
        String owner,
        IdeaStatus status,
        LocalDate followUpOn,
        String answer,
        Instant answeredAt,
        LocalDate decidedOn,
        Long promiseId,
        String createdBy,
        Instant createdAt,
        long version) {

    static IdeaResponse of(Idea i, String customerName) {
        return new IdeaResponse(
                i.id(),
                i.customerId(),
                customerName,
                i.text(),
                i.area(),
                i.channel(),
                i.owner(),
                i.status(),
                i.followUpOn(),
                i.answer(),
                i.answeredAt(),
                i.decidedOn(),
                i.promiseId(),
                i.createdBy(),
                i.createdAt(),
                i.version());
    }
}
