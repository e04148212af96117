package org.clientela.satisfaction.internal.reviews;

import java.time.Instant;
import java.time.LocalDate;

/** Something a review decided to do, by whom and by when; it shows in its owner's day until done. */
public record ReviewAction(
        long id,
        long reviewId,
        String project,
        String description,
        String owner,
        LocalDate dueOn,
        ActionStatus status,
        Instant doneAt,
        String doneBy) {

    public static final int DESCRIPTION_MAX = 500;

    public boolean lateOn(LocalDate today) {
        return status == ActionStatus.OPEN && today.isAfter(dueOn);
    }
}
