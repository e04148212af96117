package org.clientela.satisfaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Brings in surveys and follow-up calls that already happened — what the demo business uses to
 * give the satisfaction pages a past. They publish nothing and close no loop: they are history,
 * not news. The fatigue cap learns when each customer was last asked.
 */
public interface SatisfactionArchive {

    /** Writes the surveys; returns how many. */
    int bringInSurveys(List<PastSurvey> surveys);

    /** Writes the follow-up calls (an order already followed up is left as it is); returns how many. */
    int bringInFollowUps(List<PastFollowUp> followUps);

    /**
     * @param kind  CSAT or NPS
     * @param mode  LINK or PHONE
     * @param score the answer, or null for a link never answered
     */
    record PastSurvey(
            long customerId, String kind, String mode, String owner, Instant askedAt, Integer score, String comment) {}

    /**
     * @param outcome ALL_FINE, PROBLEM, NO_ANSWER or DO_NOT_CALL; null while the call is still to make
     * @param doneOn  the day it was made, with an outcome
     */
    record PastFollowUp(
            long customerId,
            long orderId,
            String orderNumber,
            boolean firstOrder,
            String owner,
            LocalDate createdOn,
            LocalDate dueOn,
            String outcome,
            LocalDate doneOn,
            String note) {}
}
