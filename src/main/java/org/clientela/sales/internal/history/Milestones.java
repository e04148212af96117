package org.clientela.sales.internal.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clientela.sales.SalesHistory.ActivityRecord;
import org.clientela.sales.internal.activities.ActivityKind;
import org.clientela.sales.internal.activities.LostReason;

/**
 * A prospect's first-step moments and outcome, read from its steps. The funnel's stages come in an
 * order — call, conversation, appointment, meeting, proposal, won — and a step of one stage means
 * every stage before it was reached then too (a conversation is also a call that got through; a sale
 * closed on the spot also had its proposal), so each moment is the first step of its stage or of
 * any later one, and the moments never run backwards. A {@code LOST} reaches no stage: a prospect
 * can be lost at any of them, and keeps the stages it had.
 *
 * @param lastAt the moment of the last step, or null when there was none
 */
record Milestones(
        Instant firstCall,
        Instant firstConversation,
        Instant firstAppointment,
        Instant firstMeeting,
        Instant firstProposal,
        String outcome,
        Instant decidedAt,
        BigDecimal wonAmount,
        String lostReason,
        Instant lastAt) {

    /** Stages a step of each kind reaches, counted from the call; a loss reaches none. */
    private static int reach(ActivityKind kind) {
        return switch (kind) {
            case CALL -> 1;
            case CONVERSATION -> 2;
            case APPOINTMENT -> 3;
            case MEETING -> 4;
            case PROPOSAL, WON -> 5;
            case LOST -> 0;
        };
    }

    /**
     * The milestones of these steps, sorted by moment here.
     *
     * @throws IllegalArgumentException for an unknown kind or reason, a missing amount or reason, a
     *     step without moment, or a step after the decision
     */
    static Milestones of(List<ActivityRecord> activities) {
        List<ActivityRecord> steps = activities.stream()
                .peek(Milestones::check)
                .sorted(Comparator.comparing(ActivityRecord::at))
                .toList();
        Instant[] first = new Instant[5];
        String outcome = null;
        Instant decidedAt = null;
        BigDecimal wonAmount = null;
        String lostReason = null;
        for (ActivityRecord step : steps) {
            if (outcome != null) {
                throw new IllegalArgumentException(
                        "A " + step.kind() + " at " + step.at() + " comes after the prospect was " + outcome);
            }
            ActivityKind kind = kind(step);
            for (int stage = 0; stage < reach(kind); stage++) {
                if (first[stage] == null) {
                    first[stage] = step.at();
                }
            }
            if (kind.decides()) {
                outcome = kind.name();
                decidedAt = step.at();
                wonAmount = kind == ActivityKind.WON ? step.amount() : null;
                lostReason = kind == ActivityKind.LOST ? reason(step) : null;
            }
        }
        return new Milestones(
                first[0],
                first[1],
                first[2],
                first[3],
                first[4],
                outcome,
                decidedAt,
                wonAmount,
                lostReason,
                steps.isEmpty() ? null : steps.get(steps.size() - 1).at());
    }

    private static void check(ActivityRecord step) {
        if (step.at() == null) {
            throw new IllegalArgumentException("A " + step.kind() + " without its moment");
        }
        ActivityKind kind = kind(step);
        if (kind.needsAmount() && step.amount() == null) {
            throw new IllegalArgumentException("A " + kind + " at " + step.at() + " without its amount");
        }
        if (kind == ActivityKind.LOST) {
            reason(step);
        }
        if (step.seller() == null || step.seller().isBlank()) {
            throw new IllegalArgumentException("A " + kind + " at " + step.at() + " without its seller");
        }
    }

    static ActivityKind kind(ActivityRecord step) {
        try {
            return ActivityKind.valueOf(step.kind().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a kind of step: " + step.kind(), e);
        }
    }

    static String reason(ActivityRecord step) {
        if (step.lostReason() == null) {
            throw new IllegalArgumentException("A LOST at " + step.at() + " without its reason");
        }
        try {
            return LostReason.valueOf(step.lostReason().toUpperCase(Locale.ROOT))
                    .name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a reason for a loss: " + step.lostReason(), e);
        }
    }
}
