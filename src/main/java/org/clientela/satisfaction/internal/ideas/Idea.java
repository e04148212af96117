package org.clientela.satisfaction.internal.ideas;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's opinion or idea ("pídeme un consejo"), who looks after it, where it stands, when we
 * look at it again and what we told the customer.
 *
 * @param followUpOn the day its owner looks at it again (it shows in their day from then on)
 * @param answer     what we told the customer, or null while they have not been told
 * @param decidedOn  the day it was adopted or declined, or null
 * @param promiseId  the promise in the ledger to tell the customer back, or null
 */
public record Idea(
        long id,
        long customerId,
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

    public static final int TEXT_MAX = 2000;
    public static final int ANSWER_MAX = 2000;
    public static final int OWNER_MAX = 64;
    /** The furthest a follow-up may be set, in days: beyond that the promise ledger refuses it anyway. */
    public static final int FOLLOW_UP_MAX_DAYS = 365;

    /** The status the idea moves to, or the refusal when its status does not allow the move. */
    public IdeaStatus moveTo(IdeaStatus next) {
        if (next == status) {
            return status;
        }
        if (!status.canBecome(next)) {
            throw new IdeaStateException(id, status, next);
        }
        return next;
    }

    /** Whether its owner should look at it on {@code day}. */
    public boolean due(LocalDate day) {
        return !status.decided() && followUpOn != null && !followUpOn.isAfter(day);
    }
}
