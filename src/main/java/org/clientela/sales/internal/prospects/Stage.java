package org.clientela.sales.internal.prospects;

import java.time.Instant;

/**
 * How far a prospect has come, read from the moments of its first step of each kind. A lost prospect
 * keeps the furthest stage it reached in the funnel's counts (it counts at every stage up to there);
 * its stage as shown is {@code LOST}.
 */
public enum Stage {
    TARGETED,
    CONTACTED,
    CONVERSATION,
    APPOINTMENT,
    MEETING,
    PROPOSAL,
    WON,
    LOST;

    /**
     * The stage of a prospect whose first steps of each kind happened at these moments ({@code null}
     * when never) and whose outcome is {@code "WON"}, {@code "LOST"} or {@code null}.
     */
    public static Stage of(
            Instant firstCall,
            Instant firstConversation,
            Instant firstAppointment,
            Instant firstMeeting,
            Instant firstProposal,
            String outcome) {
        if ("WON".equals(outcome)) {
            return WON;
        }
        if ("LOST".equals(outcome)) {
            return LOST;
        }
        return reached(firstCall, firstConversation, firstAppointment, firstMeeting, firstProposal);
    }

    /** The furthest stage reached before any decision, as the funnel counts it. */
    public static Stage reached(
            Instant firstCall,
            Instant firstConversation,
            Instant firstAppointment,
            Instant firstMeeting,
            Instant firstProposal) {
        if (firstProposal != null) {
            return PROPOSAL;
        }
        if (firstMeeting != null) {
            return MEETING;
        }
        if (firstAppointment != null) {
            return APPOINTMENT;
        }
        if (firstConversation != null) {
            return CONVERSATION;
        }
        if (firstCall != null) {
            return CONTACTED;
        }
        return TARGETED;
    }
}
