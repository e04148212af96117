package org.clientela.sales.internal.prospects;

/**
 * The stages as conditions on {@code sales_prospect p}: where a prospect stands now, and whether it
 * reached a stage at least — lost ones included, since a deal lost after its proposal did reach
 * every stage up to the proposal.
 */
final class StageSql {

    private StageSql() {}

    /** The column of the first step that marks {@code stage}, or {@code null} for {@code TARGETED}. */
    static String momentOf(Stage stage) {
        return switch (stage) {
            case TARGETED -> null;
            case CONTACTED -> "p.first_call_at";
            case CONVERSATION -> "p.first_conversation_at";
            case APPOINTMENT -> "p.first_appointment_at";
            case MEETING -> "p.first_meeting_at";
            case PROPOSAL -> "p.first_proposal_at";
            case WON, LOST -> "p.decided_at";
        };
    }

    /** The prospects whose shown stage is {@code stage}. */
    static String standsAt(Stage stage) {
        return switch (stage) {
            case WON -> "p.outcome = 'WON'";
            case LOST -> "p.outcome = 'LOST'";
            default -> "p.outcome IS NULL AND " + reached(stage) + notBeyond(stage);
        };
    }

    /** The prospects that reached {@code stage} at least (any later first step counts too). */
    static String reached(Stage stage) {
        return switch (stage) {
            case TARGETED -> "1 = 1";
            case WON -> "p.outcome = 'WON'";
            case LOST -> "p.outcome = 'LOST'";
            default ->
                "("
                        + String.join(
                                " OR ",
                                java.util.Arrays.stream(Stage.values())
                                        .filter(s -> s.ordinal() >= stage.ordinal()
                                                && s.ordinal() <= Stage.PROPOSAL.ordinal())
                                        .map(s -> momentOf(s) + " IS NOT NULL")
                                        .toList())
                        + ")";
        };
    }

    private static String notBeyond(Stage stage) {
        if (stage == Stage.PROPOSAL) {
            return "";
        }
        Stage next = Stage.values()[stage.ordinal() + 1];
        return " AND NOT " + reached(next);
    }
}
