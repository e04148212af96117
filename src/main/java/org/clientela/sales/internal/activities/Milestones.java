package org.clientela.sales.internal.activities;

import java.util.List;

/**
 * Which first-step moments of a prospect a step sets. The stages are monotone: each
 * {@code first_<stage>_at} is the moment of the first step of that stage <em>or of a later one</em>,
 * because a seller who logs a meeting has had a conversation and agreed an appointment, whether or
 * not those steps were logged. So a prospect never stands at a stage it skipped on paper, the funnel
 * never shows more prospects at a later stage than at an earlier one, and every moment is no later
 * than the moment of the stage after it. A {@code WON} implies every stage up to the proposal (a sale
 * is made on an offer); a {@code LOST} implies none, since a prospect can be lost before anyone
 * answered the phone, and it keeps the stages its own steps reached.
 */
final class Milestones {

    /** The moment columns in stage order. */
    static final List<String> COLUMNS = List.of(
            "first_call_at", "first_conversation_at", "first_appointment_at", "first_meeting_at", "first_proposal_at");

    private Milestones() {}

    /** The moment columns a step of this kind may move earlier. */
    static List<String> setBy(ActivityKind kind) {
        return switch (kind) {
            case CALL -> COLUMNS.subList(0, 1);
            case CONVERSATION -> COLUMNS.subList(0, 2);
            case APPOINTMENT -> COLUMNS.subList(0, 3);
            case MEETING -> COLUMNS.subList(0, 4);
            case PROPOSAL, WON -> COLUMNS;
            case LOST -> List.of();
        };
    }
}
